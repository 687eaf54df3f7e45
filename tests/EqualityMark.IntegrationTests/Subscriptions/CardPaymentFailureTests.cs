using System.Net;
using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>Card payments that expire or fail are recorded, shown to the school, and the school can pay by card again or by invoice.</summary>
[Collection(AppTestGroup.Name)]
public sealed class CardPaymentFailureTests(AppFixture app)
{
    [Fact]
    public async Task An_expired_card_payment_is_shown_to_the_school_which_then_pays_by_invoice_instead()
    {
        await using var setup = await CardPaymentSetup.StartAsync(app);
        var (subscription, school) = await setup.CardSchoolAsync();
        var checkout = await setup.Host.SendAsync(app.Lancashire, new StartCardCheckoutCommand(subscription.Id));
        var expired = await StripeWebhooks.DeliverAsync(setup.Webhooks, StripeWebhooks.CheckoutEvent("checkout.session.expired", checkout.StripeSessionId, "unpaid"));
        Assert.Contains("\"Processed\"", await expired.Content.ReadAsStringAsync());
        Assert.Equal(CardPaymentStatus.Expired, Assert.Single(await app.SendAsync(app.Lancashire, new ListCardPaymentsQuery(subscription.Id))).Status);

        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var package = await SubscriptionsTestData.BodyAsync(await coordinator.GetAsync("/our-package"));
        Assert.Contains("expired before it was finished, so nothing was taken", package);
        Assert.Contains("Pay £770 by card", package);
        Assert.Contains($"/subscriptions/{subscription.Id}/pay-by-invoice", package);

        var missing = await FormPost.SubmitAsync(coordinator, $"/subscriptions/{subscription.Id}/pay-by-invoice", new Dictionary<string, string> { ["Input.PurchaseOrderNumber"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("Enter the purchase order number for the invoice", await SubscriptionsTestData.BodyAsync(missing));

        var switched = await FormPost.SubmitAsync(coordinator, $"/subscriptions/{subscription.Id}/pay-by-invoice", new Dictionary<string, string> { ["Input.PurchaseOrderNumber"] = "PO-SWITCH-1" });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var banner = await SubscriptionsTestData.BodyAsync(await coordinator.GetAsync(switched.Headers.Location!.OriginalString));
        Assert.Contains("You are paying by invoice now", banner);
        Assert.DoesNotContain("Pay £770 by card", banner);

        var invoice = Assert.Single(await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId)));
        Assert.Equal((InvoiceStatus.Open, "PO-SWITCH-1", 77000L), (invoice.Status, invoice.PurchaseOrderNumber, invoice.TotalPence));
        Assert.Equal($"/our-package?invoiced={invoice.Id}", switched.Headers.Location!.OriginalString);
        var awaiting = await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id));
        Assert.Equal((SubscriptionStatus.PendingPayment, PaymentMethod.Invoice), (awaiting.Status, awaiting.PaymentMethod));

        await app.SendAsync(app.Lancashire, new MarkInvoicePaidCommand(invoice.Id));
        Assert.Equal(SubscriptionStatus.Active, (await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id))).Status);
    }

    [Fact]
    public async Task After_a_failed_payment_the_school_can_pay_by_card_again_and_an_open_payment_is_closed_in_Stripe_before_an_invoice()
    {
        await using var setup = await CardPaymentSetup.StartAsync(app);
        var (subscription, school) = await setup.CardSchoolAsync();
        var first = await setup.Host.SendAsync(app.Lancashire, new StartCardCheckoutCommand(subscription.Id));
        await StripeWebhooks.DeliverAsync(setup.Webhooks, StripeWebhooks.CheckoutEvent("checkout.session.async_payment_failed", first.StripeSessionId, "unpaid"));
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        Assert.Contains("did not go through, so nothing was taken", await SubscriptionsTestData.BodyAsync(await coordinator.GetAsync("/our-package")));

        var second = await setup.Host.SendAsync(app.Lancashire, new StartCardCheckoutCommand(subscription.Id));
        Assert.NotEqual(first.StripeSessionId, second.StripeSessionId);
        Assert.Single(setup.Stripe.RequestsTo("/v1/customers"));

        var invoice = await setup.Host.SendAsync(app.Lancashire, new PayByInvoiceCommand(subscription.Id, "PO-AFTER-FAIL"));
        var expire = Assert.Single(setup.Stripe.RequestsTo($"/v1/checkout/sessions/{second.StripeSessionId}/expire"));
        Assert.Equal($"expire-{second.Id}", expire.IdempotencyKey);
        Assert.All(await app.SendAsync(app.Lancashire, new ListCardPaymentsQuery(subscription.Id)), p => Assert.NotEqual(CardPaymentStatus.Open, p.Status));
        Assert.Equal(InvoiceStatus.Open, invoice.Status);
    }

    [Fact]
    public async Task A_school_that_has_just_paid_on_Stripes_page_is_not_invoiced_as_well()
    {
        await using var setup = await CardPaymentSetup.StartAsync(app);
        var (subscription, _) = await setup.CardSchoolAsync();
        var checkout = await setup.Host.SendAsync(app.Lancashire, new StartCardCheckoutCommand(subscription.Id));
        setup.Stripe.Pay(checkout.StripeSessionId);

        var refused = await Assert.ThrowsAsync<ConflictException>(() => setup.Host.SendAsync(app.Lancashire, new PayByInvoiceCommand(subscription.Id, "PO-TOO-LATE")));
        Assert.Contains("may already have gone through", refused.Message);
        Assert.Empty(await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId)));
        Assert.Equal(PaymentMethod.Card, (await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id))).PaymentMethod);
    }

    [Fact]
    public async Task Another_school_cannot_see_or_switch_a_schools_card_payment()
    {
        await using var setup = await CardPaymentSetup.StartAsync(app);
        var (subscription, _) = await setup.CardSchoolAsync();
        var otherSchool = await app.SignInAsync("lancashire", "coordinator2");
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/api/v1/payments/checkouts?subscriptionId={subscription.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/subscriptions/{subscription.Id}/pay-by-invoice")).StatusCode);
        Assert.Equal(PaymentMethod.Card, (await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id))).PaymentMethod);
    }
}
