using System.Net;
using System.Net.Http.Json;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>
/// Paying without dead ends (ADR 0022): only the payment methods that are on are offered; a school that cannot or did not pay
/// by card pays by invoice; an administrator changes the method, issues the invoice and records payment, one winner at a time.
/// Each test has an authority of its own, so whether card payments are on is its own too.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class PaymentMethodTests(AppFixture app)
{
    private const string CardOff = "does not take card payments. Choose to pay by invoice";

    private static readonly HttpStatusCode[] OneWinner = [HttpStatusCode.OK, HttpStatusCode.Conflict];

    private static readonly HttpStatusCode[] OnePageWinner = [HttpStatusCode.Redirect, HttpStatusCode.Conflict];

    private static readonly string[] SettlePages = ["", "/payment-method", "/issue-invoice", "/record-payment"];

    [Fact]
    public async Task Card_is_offered_on_the_programme_and_sign_up_only_once_the_authority_has_saved_its_Stripe_keys()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var tenant = authority.Tenant;
        var visitor = app.Factory.ForTenant(tenant.Code);
        var programme = await SubscriptionsTestData.BodyAsync(await visitor.GetAsync("/programme"));
        Assert.Contains("By invoice: give your school's or council's purchase order number", programme);
        Assert.DoesNotContain("By card:", programme);
        var form = await SubscriptionsTestData.BodyAsync(await visitor.GetAsync("/sign-up"));
        Assert.Contains("value=\"Invoice\"", form);
        Assert.DoesNotContain("value=\"Card\"", form);

        var silver = await SubscriptionsTestData.PackageAsync(app, tenant, "Silver");
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.SendAsync(tenant, SubscriptionsTestData.SignUp(silver.Id, SubscriptionsTestData.NewUrn(), payment: PaymentMethod.Card)));
        Assert.Contains(CardOff, Assert.Single(refused.Errors["PaymentMethod"]));

        var viaApi = await visitor.PostAsJsonAsync("/api/v1/sign-ups", SubscriptionsTestData.SignUp(silver.Id, SubscriptionsTestData.NewUrn(), payment: PaymentMethod.Card), Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, viaApi.StatusCode);
        Assert.Contains(CardOff, await viaApi.Content.ReadAsStringAsync());

        var viaPage = await FormPost.SubmitAsync(visitor, "/sign-up", SignUpFields(silver.Id, "Card", string.Empty));
        Assert.Equal(HttpStatusCode.BadRequest, viaPage.StatusCode);
        var page = await SubscriptionsTestData.BodyAsync(viaPage);
        Assert.Contains("govuk-error-summary", page);
        Assert.Contains("href=\"#Input_PaymentMethod\"", page);
        Assert.Contains(CardOff, page);

        var missingPurchaseOrder = await FormPost.SubmitAsync(visitor, "/sign-up", SignUpFields(silver.Id, "Invoice", " "));
        Assert.Equal(HttpStatusCode.BadRequest, missingPurchaseOrder.StatusCode);
        Assert.Contains("Enter the purchase order number for the invoice", await SubscriptionsTestData.BodyAsync(missingPurchaseOrder));

        await SubscriptionsTestData.TurnCardOnAsync(app, tenant);
        Assert.Contains("By card:", await SubscriptionsTestData.BodyAsync(await visitor.GetAsync("/programme")));
        Assert.Contains("value=\"Card\"", await SubscriptionsTestData.BodyAsync(await visitor.GetAsync("/sign-up")));
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SubmitAsync(visitor, "/sign-up", SignUpFields(silver.Id, "Card", string.Empty))).StatusCode);
        Assert.Equal(new PaymentMethodsDto([PaymentMethod.Card, PaymentMethod.Invoice]).Methods, (await app.SendAsync(tenant, new GetPaymentMethodsQuery())).Methods);
    }

    [Fact]
    public async Task A_school_that_chose_card_when_card_payments_are_off_pays_by_invoice_from_its_package_page()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var (subscription, school) = await CardSchoolAsync(authority.Tenant);
        await TurnCardOffAsync(authority.Tenant);

        var coordinator = await app.SignInAsAsync(authority.Tenant, school.CoordinatorEmail);
        var package = await SubscriptionsTestData.BodyAsync(await coordinator.GetAsync("/our-package"));
        Assert.Contains("does not take card payments at the moment, so pay by invoice", package);
        Assert.DoesNotContain("by card</button>", package);
        Assert.Contains($"href=\"/subscriptions/{subscription.Id}/pay-by-invoice\"", package);

        var missing = await FormPost.SubmitAsync(coordinator, $"/subscriptions/{subscription.Id}/pay-by-invoice", new Dictionary<string, string> { ["Input.PurchaseOrderNumber"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var missingPage = await SubscriptionsTestData.BodyAsync(missing);
        Assert.Contains("govuk-error-summary", missingPage);
        Assert.Contains("Enter the purchase order number for the invoice", missingPage);
        var tooLong = await FormPost.SubmitAsync(coordinator, $"/subscriptions/{subscription.Id}/pay-by-invoice", new Dictionary<string, string> { ["Input.PurchaseOrderNumber"] = new string('7', 51) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("Purchase order number must be 50 characters or fewer", await SubscriptionsTestData.BodyAsync(tooLong));

        var switched = await FormPost.SubmitAsync(coordinator, $"/subscriptions/{subscription.Id}/pay-by-invoice", new Dictionary<string, string> { ["Input.PurchaseOrderNumber"] = "PO-NO-CARD" });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("You are paying by invoice now", await SubscriptionsTestData.BodyAsync(await coordinator.GetAsync(switched.Headers.Location!.OriginalString)));
        var invoice = Assert.Single(await app.SendAsync(authority.Tenant, new ListInvoicesQuery(subscription.SchoolId)));
        Assert.Equal((InvoiceStatus.Open, "PO-NO-CARD"), (invoice.Status, invoice.PurchaseOrderNumber));

        var again = await FormPost.SubmitAsync(coordinator, $"/subscriptions/{subscription.Id}/pay-by-invoice", new Dictionary<string, string> { ["Input.PurchaseOrderNumber"] = "PO-TWICE" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("not waiting for a card payment", await SubscriptionsTestData.BodyAsync(again));
        Assert.Single(await app.SendAsync(authority.Tenant, new ListInvoicesQuery(subscription.SchoolId)));
    }

    [Fact]
    public async Task An_administrator_changes_card_to_invoice_issues_the_invoice_and_records_payment_behind_check_pages()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var (subscription, _) = await CardSchoolAsync(authority.Tenant);
        await TurnCardOffAsync(authority.Tenant);
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        var page = $"/subscriptions/{subscription.Id}";

        var details = await SubscriptionsTestData.BodyAsync(await admin.GetAsync(page));
        Assert.Contains("The school chose to pay by card, but card payments are off: change it to invoice.", details);
        Assert.Contains($"href=\"{page}/payment-method\"", details);
        Assert.DoesNotContain($"href=\"{page}/record-payment\"", details);
        var form = await SubscriptionsTestData.BodyAsync(await admin.GetAsync($"{page}/payment-method"));
        Assert.DoesNotContain("value=\"Card\"", form);
        Assert.Contains("Card payments are off", form);

        foreach (var (fields, message) in new (Dictionary<string, string>, string)[]
        {
            (new() { ["Input.PurchaseOrderNumber"] = "PO-1" }, "Choose how the school will pay"),
            (new() { ["Input.PaymentMethod"] = "Invoice", ["Input.PurchaseOrderNumber"] = "" }, "Enter the purchase order number for the invoice"),
            (new() { ["Input.PaymentMethod"] = "Invoice", ["Input.PurchaseOrderNumber"] = new string('8', 51) }, "Purchase order number must be 50 characters or fewer"),
            (new() { ["Input.PaymentMethod"] = "Card" }, "It is already paid by card"),
        })
        {
            var bad = await FormPost.SubmitAsync(admin, $"{page}/payment-method", fields);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var body = await SubscriptionsTestData.BodyAsync(bad);
            Assert.Contains("govuk-error-summary", body);
            Assert.Contains(message, body);
        }

        var changed = await FormPost.SubmitAsync(admin, $"{page}/payment-method", new Dictionary<string, string> { ["Input.PaymentMethod"] = "Invoice", ["Input.PurchaseOrderNumber"] = "PO-ADMIN-1" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal($"{page}?done=payment-method", changed.Headers.Location!.OriginalString);
        var afterChange = await SubscriptionsTestData.BodyAsync(await admin.GetAsync(changed.Headers.Location.OriginalString));
        Assert.Contains("The school now pays by invoice, purchase order PO-ADMIN-1. Issue the invoice when you are ready.", afterChange);
        Assert.Contains($"href=\"{page}/issue-invoice\"", afterChange);
        Assert.Empty(await app.SendAsync(authority.Tenant, new ListInvoicesQuery(subscription.SchoolId)));

        Assert.Contains("Check the invoice before you issue it", await SubscriptionsTestData.BodyAsync(await admin.GetAsync($"{page}/issue-invoice")));
        var issued = await FormPost.SubmitAsync(admin, $"{page}/issue-invoice", new Dictionary<string, string>());
        Assert.Equal($"{page}?done=invoice-issued", issued.Headers.Location!.OriginalString);
        var invoice = Assert.Single(await app.SendAsync(authority.Tenant, new ListInvoicesQuery(subscription.SchoolId)));
        Assert.Equal((InvoiceStatus.Open, "PO-ADMIN-1"), (invoice.Status, invoice.PurchaseOrderNumber));
        var afterIssue = await SubscriptionsTestData.BodyAsync(await admin.GetAsync(issued.Headers.Location.OriginalString));
        Assert.Contains($"Invoice {invoice.Reference} for {Money(invoice.TotalPence)} issued and emailed to the school.", afterIssue);
        Assert.DoesNotContain($"href=\"{page}/issue-invoice\"", afterIssue);
        var issuedAgain = await FormPost.SubmitAsync(admin, $"{page}/issue-invoice", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, issuedAgain.StatusCode);
        Assert.Contains($"Invoice {invoice.Reference} has already been issued", await SubscriptionsTestData.BodyAsync(issuedAgain));

        Assert.Contains("Only record the payment once the money has arrived", await SubscriptionsTestData.BodyAsync(await admin.GetAsync($"{page}/record-payment")));
        var recorded = await FormPost.SubmitAsync(admin, $"{page}/record-payment", new Dictionary<string, string>());
        Assert.Equal($"{page}?done=payment-recorded", recorded.Headers.Location!.OriginalString);
        Assert.Contains($"Payment recorded: invoice {invoice.Reference} is paid and the package is active.",
            await SubscriptionsTestData.BodyAsync(await admin.GetAsync(recorded.Headers.Location.OriginalString)));
        Assert.Equal(SubscriptionStatus.Active, (await app.SendAsync(authority.Tenant, new GetSubscriptionQuery(subscription.Id))).Status);
        Assert.Equal(InvoiceStatus.Paid, (await app.SendAsync(authority.Tenant, new GetInvoiceQuery(invoice.Id))).Status);

        var recordedAgain = await FormPost.SubmitAsync(admin, $"{page}/record-payment", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, recordedAgain.StatusCode);
        Assert.Contains("no longer awaiting payment: it is active", await SubscriptionsTestData.BodyAsync(recordedAgain));
        var changedAfterPaid = await FormPost.SubmitAsync(admin, $"{page}/payment-method", new Dictionary<string, string> { ["Input.PaymentMethod"] = "Card" });
        Assert.Equal(HttpStatusCode.Conflict, changedAfterPaid.StatusCode);
    }

    [Fact]
    public async Task An_administrator_changes_invoice_to_card_only_while_card_payments_are_on_and_the_unpaid_invoice_is_cancelled()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var subscription = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, authority.Tenant, "Silver");
        var invoice = Assert.Single(await app.SendAsync(authority.Tenant, new ListInvoicesQuery(subscription.SchoolId)));
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        var page = $"/subscriptions/{subscription.Id}";
        Assert.Contains($"href=\"{page}/record-payment\"", await SubscriptionsTestData.BodyAsync(await admin.GetAsync(page)));

        var off = await FormPost.SubmitAsync(admin, $"{page}/payment-method", new Dictionary<string, string> { ["Input.PaymentMethod"] = "Card" });
        Assert.Equal(HttpStatusCode.BadRequest, off.StatusCode);
        Assert.Contains(CardOff, await SubscriptionsTestData.BodyAsync(off));
        Assert.Equal(InvoiceStatus.Open, (await app.SendAsync(authority.Tenant, new GetInvoiceQuery(invoice.Id))).Status);

        await SubscriptionsTestData.TurnCardOnAsync(app, authority.Tenant);
        Assert.Contains("value=\"Card\"", await SubscriptionsTestData.BodyAsync(await admin.GetAsync($"{page}/payment-method")));
        var toCard = await FormPost.SubmitAsync(admin, $"{page}/payment-method", new Dictionary<string, string> { ["Input.PaymentMethod"] = "Card" });
        Assert.Equal(HttpStatusCode.Redirect, toCard.StatusCode);
        Assert.Contains("The school now pays by card, from its package page.", await SubscriptionsTestData.BodyAsync(await admin.GetAsync(toCard.Headers.Location!.OriginalString)));
        Assert.Equal(InvoiceStatus.Cancelled, (await app.SendAsync(authority.Tenant, new GetInvoiceQuery(invoice.Id))).Status);
        var now = await app.SendAsync(authority.Tenant, new GetSubscriptionQuery(subscription.Id));
        Assert.Equal((SubscriptionStatus.PendingPayment, PaymentMethod.Card), (now.Status, now.PaymentMethod));
        Assert.Contains(now.History, h => h.Note.Contains($"invoice {invoice.Reference} cancelled", StringComparison.Ordinal));

        var recordCard = await FormPost.SubmitAsync(admin, $"{page}/record-payment", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, recordCard.StatusCode);
        Assert.Contains("change it to invoice and issue the invoice first", await SubscriptionsTestData.BodyAsync(recordCard));
    }

    [Fact]
    public async Task Two_issue_invoice_or_record_payment_requests_at_once_have_exactly_one_winner_and_the_other_gets_409()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var (subscription, _) = await CardSchoolAsync(authority.Tenant);
        await app.SendAsync(authority.Tenant, new ChangePaymentMethodCommand(subscription.Id, PaymentMethod.Invoice, "PO-RACE"));
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);

        var issues = await Task.WhenAll(
            admin.PostAsync($"/api/v1/subscriptions/{subscription.Id}/invoice", null), admin.PostAsync($"/api/v1/subscriptions/{subscription.Id}/invoice", null));
        Assert.Equal(OneWinner, issues.Select(r => r.StatusCode).Order());
        var invoice = Assert.Single(await app.SendAsync(authority.Tenant, new ListInvoicesQuery(subscription.SchoolId)));

        var payments = await Task.WhenAll(
            admin.PostAsync($"/api/v1/subscriptions/{subscription.Id}/payment", null), admin.PostAsync($"/api/v1/invoices/{invoice.Id}/paid", null));
        Assert.Equal(OneWinner, payments.Select(r => r.StatusCode).Order());
        var paid = await app.SendAsync(authority.Tenant, new GetSubscriptionQuery(subscription.Id));
        Assert.Equal(SubscriptionStatus.Active, paid.Status);
        Assert.Single(paid.History, h => h.Status == SubscriptionStatus.Active);

        var (second, _) = await CardSchoolAsync(authority.Tenant);
        await app.SendAsync(authority.Tenant, new ChangePaymentMethodCommand(second.Id, PaymentMethod.Invoice, "PO-RACE-2"));
        await app.SendAsync(authority.Tenant, new IssueSubscriptionInvoiceCommand(second.Id));
        var pages = await Task.WhenAll(
            FormPost.SubmitAsync(admin, $"/subscriptions/{second.Id}/record-payment", new Dictionary<string, string>()),
            FormPost.SubmitAsync(admin, $"/subscriptions/{second.Id}/record-payment", new Dictionary<string, string>()));
        Assert.Equal(OnePageWinner, pages.Select(r => r.StatusCode).OrderBy(s => s == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Another_authority_or_a_school_cannot_see_or_settle_a_subscription()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var (subscription, school) = await CardSchoolAsync(authority.Tenant);
        var other = await app.CreateAuthorityAsync();
        await using (other)
        {
            var otherAdmin = await app.SignInAsAsync(other.Tenant, other.AdminEmail);
            foreach (var page in SettlePages)
            {
                Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/subscriptions/{subscription.Id}{page}")).StatusCode);
            }

            Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsJsonAsync($"/api/v1/subscriptions/{subscription.Id}/payment-method", new { paymentMethod = "Invoice", purchaseOrderNumber = "PO-X" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsync($"/api/v1/subscriptions/{subscription.Id}/invoice", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsync($"/api/v1/subscriptions/{subscription.Id}/payment", null)).StatusCode);
        }

        var otherSchool = await app.CreateAsync(authority.Tenant);
        var otherCoordinator = await app.SignInAsAsync(authority.Tenant, otherSchool.CoordinatorEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.GetAsync($"/subscriptions/{subscription.Id}/pay-by-invoice")).StatusCode);
        var ownCoordinator = await app.SignInAsAsync(authority.Tenant, school.CoordinatorEmail);
        await SubscriptionsTestData.AssertPageRefusedAsync(ownCoordinator, $"/subscriptions/{subscription.Id}/payment-method");
        await SubscriptionsTestData.AssertPageRefusedAsync(ownCoordinator, $"/subscriptions/{subscription.Id}/record-payment");
        Assert.DoesNotContain("Change how the school pays", await SubscriptionsTestData.BodyAsync(await ownCoordinator.GetAsync($"/subscriptions/{subscription.Id}")));
        Assert.Equal(HttpStatusCode.Forbidden, (await ownCoordinator.PostAsync($"/api/v1/subscriptions/{subscription.Id}/payment", null)).StatusCode);
        var unchanged = await app.SendAsync(authority.Tenant, new GetSubscriptionQuery(subscription.Id));
        Assert.Equal((SubscriptionStatus.PendingPayment, PaymentMethod.Card), (unchanged.Status, unchanged.PaymentMethod));
    }

    /// <summary>A new school of the authority, signed up to pay by card while card payments were on, approved.</summary>
    private async Task<(SubscriptionDto Subscription, TestSchool School)> CardSchoolAsync(TenantInfo tenant)
    {
        await SubscriptionsTestData.TurnCardOnAsync(app, tenant);
        return await SubscriptionsTestData.CardSchoolAsync(app, tenant);
    }

    /// <summary>The authority's Stripe keys are gone (say, removed by the operator): card payments are off again.</summary>
    private async Task TurnCardOffAsync(TenantInfo tenant)
    {
        await using var scope = app.Scope(tenant);
        await scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>().StripeAccounts.ExecuteDeleteAsync();
    }

    private static string Money(long pence) => EqualityMark.Subscriptions.Features.Money.Format(pence);

    private static Dictionary<string, string> SignUpFields(Guid packageId, string method, string purchaseOrder) => new()
    {
        ["Input.SchoolName"] = "Field Lane Primary",
        ["Input.Urn"] = SubscriptionsTestData.NewUrn(),
        ["Input.Phase"] = "Primary",
        ["Input.SchoolType"] = "LocalAuthorityMaintained",
        ["Input.AddressLine1"] = "1 Field Lane",
        ["Input.Town"] = "Preston",
        ["Input.Postcode"] = "PR1 2AB",
        ["Input.CoordinatorName"] = "Sam Field",
        ["Input.CoordinatorEmail"] = $"sam-{Guid.NewGuid():N}@school.example",
        ["Input.PackageId"] = packageId.ToString(),
        ["Input.PaymentMethod"] = method,
        ["Input.PurchaseOrderNumber"] = purchaseOrder,
    };
}
