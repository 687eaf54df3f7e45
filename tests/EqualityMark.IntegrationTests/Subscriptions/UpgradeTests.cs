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
/// Mid-year upgrades (ADR 0018): the difference pro rata by whole months left in London time, checked before it is
/// invoiced, applied once its invoice is paid and withdrawn if it is cancelled; a purchase order only for invoice payers.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class UpgradeTests(AppFixture app)
{
    private const long SilverToGold = 94_000 - 77_000;

    [Fact]
    public async Task An_upgrade_applies_only_once_its_invoice_is_paid_and_a_cancelled_invoice_withdraws_it()
    {
        await using var authority = await app.CreateAuthorityAsync();
        await using var clocked = new ClockedApp(app);
        var tenant = authority.Tenant;
        var silver = await SilverFor2026To2027Async(clocked, tenant);
        var gold = await SubscriptionsTestData.PackageAsync(app, tenant, "Gold");
        await clocked.SendOnAsync(new DateOnly(2027, 3, 15), tenant, new ConsumeEntitlementCommand(silver.SchoolId, EntitlementKind.InsetSession, "inset-1"));

        var invoiced = await clocked.SendAsync(tenant, new UpgradeSubscriptionCommand(silver.Id, gold.Id, "PO-UP-1"));
        Assert.Equal(("Silver", 77_000L), (invoiced.PackageName, invoiced.PricePence));
        Assert.Contains(invoiced.History, h => h.Note.StartsWith("Upgrade to Gold invoiced", StringComparison.Ordinal));
        await Assert.ThrowsAsync<ConflictException>(() =>
            clocked.SendAsync(tenant, new ConsumeEntitlementCommand(silver.SchoolId, EntitlementKind.SecondAdvisoryVisit, "visit-2")));
        var first = await UpgradeInvoiceAsync(tenant, silver);
        Assert.Equal((SilverToGold * 6 / 12, "Gold", "PO-UP-1"), (first.NetPence, first.UpgradeToPackageName, first.PurchaseOrderNumber));
        Assert.Contains("Upgrade from Silver to Gold, 6 of 12 months (March 2027 to August 2027): (£940 − £770) × 6/12 = £85", first.Lines.Single().Description);
        await Assert.ThrowsAsync<ConflictException>(() => clocked.SendAsync(tenant, new UpgradeSubscriptionCommand(silver.Id, gold.Id, "PO-UP-2")));

        await clocked.SendAsync(tenant, new CancelInvoiceCommand(first.Id));
        var withdrawn = await clocked.SendAsync(tenant, new GetSubscriptionQuery(silver.Id));
        Assert.Equal(("Silver", 77_000L), (withdrawn.PackageName, withdrawn.PricePence));
        Assert.Contains(withdrawn.History, h => h.Note == $"Upgrade to Gold withdrawn: invoice {first.Reference} cancelled");

        await clocked.SendOnAsync(new DateOnly(2027, 4, 2), tenant, new UpgradeSubscriptionCommand(silver.Id, gold.Id, "PO-UP-3"));
        var second = await UpgradeInvoiceAsync(tenant, silver);
        await clocked.SendAsync(tenant, new MarkInvoicePaidCommand(second.Id));
        var upgraded = await clocked.SendAsync(tenant, new GetSubscriptionQuery(silver.Id));
        Assert.Equal(("Gold", 77_000 + 7_083L), (upgraded.PackageName, upgraded.PricePence));
        var inset = upgraded.Balances.Single(b => b.Kinds.SequenceEqual([EntitlementKind.InsetSession]));
        Assert.Equal((1, 0), (inset.Used, inset.Left!.Value));
        var afterVisit = await clocked.SendAsync(tenant, new ConsumeEntitlementCommand(silver.SchoolId, EntitlementKind.SecondAdvisoryVisit, "visit-2"));
        Assert.Equal(0, afterVisit.Balances.Single(b => b.Kinds.Contains(EntitlementKind.SecondAdvisoryVisit)).Left);
    }

    [Theory]
    [InlineData("2026-08-31T23:30:00Z", 12, 17_000)] // 00:30 on 1 September in London: the first month of the year
    [InlineData("2026-09-30T23:30:00Z", 11, 15_583)] // 00:30 on 1 October in London (summer time), still September in UTC
    [InlineData("2026-10-25T01:30:00Z", 11, 15_583)] // the October clock change: 01:30 GMT after the clocks went back
    [InlineData("2026-10-31T23:30:00Z", 11, 15_583)] // 23:30 on 31 October in London, winter time
    [InlineData("2027-03-28T00:30:00Z", 6, 8_500)]   // the March clock change: 00:30 GMT, an hour before the clocks go forward
    [InlineData("2027-03-31T23:30:00Z", 5, 7_083)]   // 00:30 on 1 April in London (summer time), still March in UTC
    [InlineData("2027-08-31T22:30:00Z", 1, 1_417)]   // 23:30 on 31 August in London: the last month
    public async Task The_price_is_the_difference_for_the_whole_months_left_counting_this_one_in_london_time(string moment, int months, long net)
    {
        await using var authority = await app.CreateAuthorityAsync();
        await using var clocked = new ClockedApp(app);
        var silver = await SilverFor2026To2027Async(clocked, authority.Tenant);
        var gold = await SubscriptionsTestData.PackageAsync(app, authority.Tenant, "Gold");

        clocked.Clock.Set(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture));
        var quote = await clocked.SendAsync(authority.Tenant, new GetUpgradeQuoteQuery(silver.Id, gold.Id, "PO-Q"));
        Assert.Equal((months, SilverToGold, net, 0L, net), (quote.MonthsLeft, quote.YearlyDifferencePence, quote.NetPence, quote.VatPence, quote.TotalPence));
    }

    [Fact]
    public async Task After_the_year_ends_in_london_the_subscription_can_no_longer_be_upgraded()
    {
        await using var authority = await app.CreateAuthorityAsync();
        await using var clocked = new ClockedApp(app);
        var silver = await SilverFor2026To2027Async(clocked, authority.Tenant);
        var gold = await SubscriptionsTestData.PackageAsync(app, authority.Tenant, "Gold");
        clocked.Clock.Set(new DateTimeOffset(2027, 8, 31, 23, 30, 0, TimeSpan.Zero));
        await Assert.ThrowsAsync<ConflictException>(() => clocked.SendAsync(authority.Tenant, new GetUpgradeQuoteQuery(silver.Id, gold.Id, "PO-Q")));
    }

    [Fact]
    public async Task An_academy_pays_vat_on_the_prorated_difference()
    {
        await using var authority = await app.CreateAuthorityAsync();
        await using var clocked = new ClockedApp(app);
        var silver = await SilverFor2026To2027Async(clocked, authority.Tenant, SchoolType.Academy);
        var gold = await SubscriptionsTestData.PackageAsync(app, authority.Tenant, "Gold");
        clocked.Clock.SetDay(new DateOnly(2027, 3, 10));
        await clocked.SendAsync(authority.Tenant, new UpgradeSubscriptionCommand(silver.Id, gold.Id, "PO-A"));
        var invoice = await UpgradeInvoiceAsync(authority.Tenant, silver);
        Assert.Equal((8_500, 1_700, 10_200), (invoice.NetPence, invoice.VatPence, invoice.TotalPence));
        await clocked.SendAsync(authority.Tenant, new MarkInvoicePaidCommand(invoice.Id));
        var upgraded = await clocked.SendAsync(authority.Tenant, new GetSubscriptionQuery(silver.Id));
        Assert.Equal((85_500, 15_400 + 1_700), (upgraded.PricePence, upgraded.VatPence));
    }

    [Fact]
    public async Task Bad_upgrades_are_refused_with_field_messages_and_the_purchase_order_is_needed_only_when_the_school_pays_by_invoice()
    {
        await using var authority = await app.CreateAuthorityAsync();
        await using var clocked = new ClockedApp(app);
        var tenant = authority.Tenant;
        var silver = await SilverFor2026To2027Async(clocked, tenant);
        var gold = await SubscriptionsTestData.PackageAsync(app, tenant, "Gold");
        var bronze = await SubscriptionsTestData.PackageAsync(app, tenant, "Bronze");
        clocked.Clock.SetDay(new DateOnly(2027, 1, 20));
        var admin = clocked.ForTenant(tenant.Code);
        await FormPost.SignInAsync(admin, authority.AdminEmail);

        var noPackage = await admin.PostAsJsonAsync($"/api/v1/subscriptions/{silver.Id}/upgrade", new { purchaseOrderNumber = "PO-1" }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, noPackage.StatusCode);
        Assert.Contains("Choose the package to upgrade to", await noPackage.Content.ReadAsStringAsync());
        var noPurchaseOrder = await admin.PostAsJsonAsync($"/api/v1/subscriptions/{silver.Id}/upgrade", new { packageId = gold.Id }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, noPurchaseOrder.StatusCode);
        Assert.Contains("Enter the purchase order number for the invoice", await noPurchaseOrder.Content.ReadAsStringAsync());
        var down = await admin.PostAsJsonAsync($"/api/v1/subscriptions/{silver.Id}/upgrade", new { packageId = bronze.Id, purchaseOrderNumber = "PO-1" }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, down.StatusCode);
        Assert.Contains("Choose a package that costs more than Silver", await down.Content.ReadAsStringAsync());
        var tooLong = await admin.GetAsync($"/api/v1/subscriptions/{silver.Id}/upgrade-quote?packageId={gold.Id}&purchaseOrderNumber={new string('P', 51)}");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.DoesNotContain(await app.SendAsync(tenant, new ListInvoicesQuery(silver.SchoolId)), i => i.UpgradeToPackageName is not null);

        await using (var scope = app.Scope(tenant))
        {
            await scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>().Subscriptions.Where(s => s.Id == silver.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.PaymentMethod, PaymentMethod.Card));
        }

        var cardPayer = await admin.PostAsJsonAsync($"/api/v1/subscriptions/{silver.Id}/upgrade", new { packageId = gold.Id }, Json.Options);
        Assert.Equal(HttpStatusCode.OK, cardPayer.StatusCode);
        var invoice = await UpgradeInvoiceAsync(tenant, silver);
        Assert.Null(invoice.PurchaseOrderNumber);
        Assert.Equal(11_333, invoice.NetPence);
    }

    [Fact]
    public async Task The_school_checks_the_working_before_the_upgrade_is_invoiced_and_sees_a_success_banner()
    {
        await using var authority = await app.CreateAuthorityAsync();
        await using var clocked = new ClockedApp(app);
        var tenant = authority.Tenant;
        var silver = await SilverFor2026To2027Async(clocked, tenant);
        var gold = await SubscriptionsTestData.PackageAsync(app, tenant, "Gold");
        clocked.Clock.SetDay(new DateOnly(2027, 3, 1));
        var admin = clocked.ForTenant(tenant.Code);
        await FormPost.SignInAsync(admin, authority.AdminEmail);
        var start = $"/subscriptions/{silver.Id}/upgrade";
        Assert.Contains("Gold: £940 a year, £170 more before proration", await SubscriptionsTestData.BodyAsync(await admin.GetAsync(start)));

        var missing = await FormPost.SubmitAsync(admin, start, new Dictionary<string, string> { ["Input.PackageId"] = string.Empty, ["Input.PurchaseOrderNumber"] = string.Empty });
        var errors = await SubscriptionsTestData.BodyAsync(missing);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("There is a problem", errors);
        Assert.Contains("Choose the package to upgrade to", errors);

        var chosen = await FormPost.SubmitAsync(admin, start, new Dictionary<string, string> { ["Input.PackageId"] = gold.Id.ToString(), ["Input.PurchaseOrderNumber"] = "PO 77" });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var check = chosen.Headers.Location!.OriginalString;
        Assert.StartsWith($"/subscriptions/{silver.Id}/upgrade/check?packageId={gold.Id}", check, StringComparison.Ordinal);
        var checkPage = await SubscriptionsTestData.BodyAsync(await admin.GetAsync(check));
        Assert.Contains("6 of 12 months (March 2027 to August 2027)", checkPage);
        Assert.Contains("(£940 − £770) × 6/12 = £85", checkPage);
        Assert.Contains("PO 77", checkPage);
        Assert.DoesNotContain(await app.SendAsync(tenant, new ListInvoicesQuery(silver.SchoolId)), i => i.UpgradeToPackageName is not null);

        var confirmed = await FormPost.SubmitAsync(admin, check, new Dictionary<string, string> { ["packageId"] = gold.Id.ToString(), ["purchaseOrderNumber"] = "PO 77" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal($"/subscriptions/{silver.Id}?upgraded=true", confirmed.Headers.Location!.OriginalString);
        var invoice = await UpgradeInvoiceAsync(tenant, silver);
        Assert.Contains($"Upgrade to Gold invoiced: <a class=\"govuk-notification-banner__link\" href=\"/invoices/{invoice.Id}\">invoice {invoice.Reference}</a> for £85",
            await SubscriptionsTestData.BodyAsync(await admin.GetAsync(confirmed.Headers.Location.OriginalString)));
    }

    [Fact]
    public async Task Another_school_or_authority_cannot_upgrade_a_subscription_and_an_unpaid_one_cannot_be_upgraded()
    {
        var subscription = await SubscriptionsTestData.DemoSchoolSubscriptionAsync(app);
        var gold = await SubscriptionsTestData.PackageAsync(app, app.Lancashire, "Gold");
        var otherSchool = await app.SignInAsync("lancashire", "coordinator2");
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.PostAsJsonAsync($"/api/v1/subscriptions/{subscription.Id}/upgrade",
            new { packageId = gold.Id, purchaseOrderNumber = "PO-X" }, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/subscriptions/{subscription.Id}/upgrade")).StatusCode);
        var northdale = await app.SignInAsync("northdale", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/api/v1/subscriptions/{subscription.Id}/upgrade-quote?packageId={gold.Id}&purchaseOrderNumber=PO-X")).StatusCode);

        var unpaid = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Bronze");
        await Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(app.Lancashire, new UpgradeSubscriptionCommand(unpaid.Id, gold.Id, "PO-1")));
    }

    /// <summary>A Silver subscription for 2026/27, approved on 20 August 2026 for the coming year and paid.</summary>
    private static async Task<SubscriptionDto> SilverFor2026To2027Async(ClockedApp clocked, TenantInfo tenant, SchoolType type = SchoolType.LocalAuthorityMaintained)
    {
        var package = await clocked.SendAsync(tenant, new GetCatalogueQuery());
        var signUp = await clocked.SendOnAsync(new DateOnly(2026, 8, 20), tenant,
            SubscriptionsTestData.SignUp(package.Packages.Single(p => p.Name == "Silver").Id, SubscriptionsTestData.NewUrn(), type: type));
        var approved = await clocked.SendAsync(tenant, new ApproveSignUpCommand(signUp.Id, SubscriptionYear.Next));
        var subscription = await clocked.SendAsync(tenant, new GetSubscriptionQuery(approved.SubscriptionId!.Value));
        var invoice = (await clocked.SendAsync(tenant, new ListInvoicesQuery(subscription.SchoolId))).Single();
        await clocked.SendAsync(tenant, new MarkInvoicePaidCommand(invoice.Id));
        Assert.Equal(new DateOnly(2026, 9, 1), subscription.PeriodStart);
        return subscription;
    }

    private async Task<InvoiceDto> UpgradeInvoiceAsync(TenantInfo tenant, SubscriptionDto subscription) =>
        (await app.SendAsync(tenant, new ListInvoicesQuery(subscription.SchoolId))).Where(i => i.UpgradeToPackageName is not null).MaxBy(i => i.Number)!;
}
