using System.Net;
using System.Net.Http.Json;
using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>A card payment leaves a paid invoice the school can open; only the authority's administrators refund it, after a confirmation page.</summary>
[Collection(AppTestGroup.Name)]
public sealed class CardRefundTests(AppFixture app)
{
    [Fact]
    public async Task A_card_payment_leaves_a_paid_invoice_the_school_can_open_and_print()
    {
        await using var setup = await CardPaymentSetup.StartAsync(app);
        var (subscription, school) = await setup.CardSchoolAsync();
        var (payment, receipt) = await setup.PayByCardAsync(subscription);

        Assert.Equal((InvoiceStatus.Paid, PaymentMethod.Card, payment.PaymentIntentId), (receipt.Status, receipt.PaidBy, receipt.PaymentReference));
        Assert.NotNull(receipt.PaidAt);
        Assert.False(receipt.IsOverdue);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        Assert.Contains(receipt.Reference, await SubscriptionsTestData.BodyAsync(await coordinator.GetAsync("/our-package")));
        var page = await SubscriptionsTestData.BodyAsync(await coordinator.GetAsync($"/invoices/{receipt.Id}"));
        Assert.Contains($"Invoice {receipt.Reference}", page);
        Assert.Contains("Paid by card", page);
        Assert.Contains($"by card, Stripe payment {payment.PaymentIntentId}", page);
        Assert.Contains("£770", page);
        Assert.Contains("use your browser's print command", page);
        Assert.DoesNotContain("Refund card payment", page);
        Assert.DoesNotContain("Due by", page);
    }

    [Fact]
    public async Task An_administrator_refunds_a_card_payment_after_confirming_and_Stripes_own_event_changes_nothing_more()
    {
        await using var setup = await CardPaymentSetup.StartAsync(app);
        var (subscription, _) = await setup.CardSchoolAsync();
        var (payment, receipt) = await setup.PayByCardAsync(subscription);
        var admin = await setup.SignInOnHostAsync("admin@lancashire.example");

        Assert.Contains($"/invoices/{receipt.Id}/refund", await SubscriptionsTestData.BodyAsync(await admin.GetAsync($"/invoices/{receipt.Id}")));
        var confirm = await SubscriptionsTestData.BodyAsync(await admin.GetAsync($"/invoices/{receipt.Id}/refund"));
        Assert.Contains($"Are you sure you want to refund £770 to {subscription.SchoolName}?", confirm);
        Assert.Empty(setup.Stripe.RequestsTo("/v1/refunds"));

        var refunded = await FormPost.SubmitAsync(admin, $"/invoices/{receipt.Id}/refund", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, refunded.StatusCode);
        Assert.Equal($"/invoices/{receipt.Id}?refunded=true", refunded.Headers.Location!.OriginalString);
        var banner = await SubscriptionsTestData.BodyAsync(await admin.GetAsync(refunded.Headers.Location.OriginalString));
        Assert.Contains("Refunded: £770 is going back to the school's card.", banner);
        Assert.DoesNotContain("Refund card payment", banner);

        var call = Assert.Single(setup.Stripe.RequestsTo("/v1/refunds"));
        Assert.Equal(payment.PaymentIntentId, call.Form["payment_intent"]);
        Assert.Equal($"refund-{receipt.Id}", call.IdempotencyKey);
        var recorded = await app.SendAsync(app.Lancashire, new GetInvoiceQuery(receipt.Id));
        Assert.Equal(InvoiceStatus.Refunded, recorded.Status);
        Assert.NotNull(recorded.RefundedAt);

        var stripeEvent = await StripeWebhooks.DeliverAsync(setup.Webhooks, StripeWebhooks.ChargeRefundedEvent(payment.PaymentIntentId, 77000));
        Assert.Equal(HttpStatusCode.OK, stripeEvent.StatusCode);
        var history = (await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id))).History;
        Assert.Single(history, h => h.Note.StartsWith("Card payment refunded", StringComparison.Ordinal));
        Assert.Single(setup.Stripe.RequestsTo("/v1/refunds"));

        var again = await admin.GetAsync($"/invoices/{receipt.Id}/refund");
        Assert.Equal($"/invoices/{receipt.Id}", again.Headers.Location!.OriginalString);
        var twice = await Assert.ThrowsAsync<ConflictException>(() => setup.Host.SendAsync(app.Lancashire, new RefundCardPaymentCommand(receipt.Id)));
        Assert.Equal("Only a card payment that has not been refunded can be refunded.", twice.Message);
    }

    [Fact]
    public async Task Only_an_administrator_of_the_same_authority_can_refund()
    {
        await using var setup = await CardPaymentSetup.StartAsync(app);
        var (subscription, school) = await setup.CardSchoolAsync();
        var (_, receipt) = await setup.PayByCardAsync(subscription);

        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        await SubscriptionsTestData.AssertPageRefusedAsync(coordinator, $"/invoices/{receipt.Id}/refund");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync("/api/v1/payments/refunds", new { invoiceId = receipt.Id })).StatusCode);
        var advisor = await app.SignInAsync("lancashire", "advisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await advisor.PostAsJsonAsync("/api/v1/payments/refunds", new { invoiceId = receipt.Id })).StatusCode);

        var northdale = await app.SignInAsync("northdale", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/invoices/{receipt.Id}/refund")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.PostAsJsonAsync("/api/v1/payments/refunds", new { invoiceId = receipt.Id })).StatusCode);

        Assert.Empty(setup.Stripe.RequestsTo("/v1/refunds"));
        Assert.Equal(InvoiceStatus.Paid, (await app.SendAsync(app.Lancashire, new GetInvoiceQuery(receipt.Id))).Status);
    }

    [Fact]
    public async Task A_refund_refused_by_Stripe_is_explained_and_nothing_is_recorded()
    {
        await using var setup = await CardPaymentSetup.StartAsync(app);
        var (subscription, _) = await setup.CardSchoolAsync();
        var (_, receipt) = await setup.PayByCardAsync(subscription);
        setup.Stripe.RefuseRefunds = true;
        var admin = await setup.SignInOnHostAsync("admin@lancashire.example");

        var refused = await FormPost.SubmitAsync(admin, $"/invoices/{receipt.Id}/refund", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Stripe refused the refund. Nothing was refunded", await SubscriptionsTestData.BodyAsync(refused));
        Assert.Equal(InvoiceStatus.Paid, (await app.SendAsync(app.Lancashire, new GetInvoiceQuery(receipt.Id))).Status);
    }

    [Fact]
    public async Task A_refund_made_in_Stripe_is_recorded_even_when_its_event_arrives_before_the_payment()
    {
        await using var setup = await CardPaymentSetup.StartAsync(app);
        var (subscription, _) = await setup.CardSchoolAsync();
        var checkout = await setup.Host.SendAsync(app.Lancashire, new StartCardCheckoutCommand(subscription.Id));
        var payment = setup.Stripe.Pay(checkout.StripeSessionId);

        var partial = await StripeWebhooks.DeliverAsync(setup.Webhooks, StripeWebhooks.ChargeRefundedEvent(payment.PaymentIntentId, 77000, fully: false));
        Assert.Contains("Ignored", await partial.Content.ReadAsStringAsync());
        var refundFirst = await StripeWebhooks.DeliverAsync(setup.Webhooks, StripeWebhooks.ChargeRefundedEvent(payment.PaymentIntentId, 77000));
        Assert.Equal(HttpStatusCode.OK, refundFirst.StatusCode);
        await StripeWebhooks.DeliverAsync(setup.Webhooks, StripeWebhooks.CheckoutEvent("checkout.session.completed", checkout.StripeSessionId, paymentIntentId: payment.PaymentIntentId));

        var receipt = Assert.Single(await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId)));
        Assert.Equal((InvoiceStatus.Refunded, PaymentMethod.Card), (receipt.Status, receipt.PaidBy));
    }

    [Fact]
    public async Task A_signed_body_that_is_not_a_Stripe_event_is_refused_with_400()
    {
        await using var setup = await CardPaymentSetup.StartAsync(app);
        foreach (var body in new[] { "not json", "{}", "[1,2]", "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"checkout.session.completed\",\"data\":{\"object\":\"x\"}}" })
        {
            var response = await StripeWebhooks.DeliverAsync(setup.Webhooks, body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body} gave {(int)response.StatusCode}");
        }
    }
}
