using System.Net;
using System.Net.Http.Json;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>Card payments through Stripe Checkout (a fake Stripe on loopback) and signed webhooks processed once.</summary>
[Collection(AppTestGroup.Name)]
public sealed class CardPaymentTests(AppFixture app)
{
    [Fact]
    public async Task Stripe_keys_are_stored_encrypted_and_never_shown_back_in_full()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var refused = await FormPost.SubmitAsync(admin, "/admin/payments", new Dictionary<string, string>
        {
            ["Input.SecretKey"] = "pk_live_publishable",
            ["Input.WebhookSecret"] = "nope",
        });
        var refusedBody = await SubscriptionsTestData.BodyAsync(refused);
        Assert.Contains("Enter the Stripe secret key", refusedBody);
        Assert.Contains("Enter the webhook signing secret", refusedBody);

        var saved = await FormPost.SubmitAsync(admin, "/admin/payments", new Dictionary<string, string>
        {
            ["Input.SecretKey"] = StripeWebhooks.SecretKey,
            ["Input.WebhookSecret"] = StripeWebhooks.WebhookSecret,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await SubscriptionsTestData.BodyAsync(await admin.GetAsync("/admin/payments"));
        Assert.Contains("sk_test_…4242", page);
        Assert.DoesNotContain(StripeWebhooks.SecretKey, page);
        Assert.DoesNotContain(StripeWebhooks.WebhookSecret, page);
        var api = await admin.GetStringAsync("/api/v1/payments/stripe");
        Assert.DoesNotContain(StripeWebhooks.SecretKey, api);
        Assert.DoesNotContain(StripeWebhooks.WebhookSecret, api);

        await using (var scope = app.Scope(app.Lancashire))
        {
            var stored = await scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>().StripeAccounts.SingleAsync();
            Assert.DoesNotContain("4242", stored.ProtectedSecretKey);
            Assert.DoesNotContain("whsec_", stored.ProtectedWebhookSecret);
        }

        var northdale = await app.SignInAsync("northdale", "admin");
        var other = await northdale.GetFromJsonAsync<StripeSettingsDto>("/api/v1/payments/stripe", Json.Options);
        Assert.False(other!.IsConfigured);
        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/v1/payments/stripe")).StatusCode);
    }

    [Fact]
    public async Task A_card_payment_opens_one_checkout_and_the_signed_webhook_activates_the_subscription_exactly_once()
    {
        await using var stripe = await FakeStripe.StartAsync();
        await using var host = new ClockedApp(app, new Dictionary<string, string> { ["Stripe:BaseUrl"] = stripe.BaseUrl.ToString() });
        await SubscriptionsTestData.TurnCardOnAsync(app, app.Lancashire);
        var subscription = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Silver", payment: PaymentMethod.Card);
        Assert.Empty(await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId)));

        var checkout = await host.SendAsync(app.Lancashire, new StartCardCheckoutCommand(subscription.Id));
        var again = await host.SendAsync(app.Lancashire, new StartCardCheckoutCommand(subscription.Id));
        Assert.Equal(checkout.StripeSessionId, again.StripeSessionId);
        var customer = Assert.Single(stripe.RequestsTo("/v1/customers"));
        Assert.Equal(subscription.SchoolName, customer.Form["name"]);
        var request = Assert.Single(stripe.RequestsTo("/v1/checkout/sessions"));
        Assert.Equal($"Bearer {StripeWebhooks.SecretKey}", request.Authorization);
        Assert.StartsWith("cus_", request.Form["customer"], StringComparison.Ordinal);
        Assert.All(stripe.Requests, r => Assert.False(string.IsNullOrWhiteSpace(r.IdempotencyKey)));
        Assert.False(string.IsNullOrWhiteSpace(request.IdempotencyKey));
        Assert.Equal("77000", request.Form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("gbp", request.Form["line_items[0][price_data][currency]"]);
        Assert.Equal("payment", request.Form["mode"]);
        Assert.Equal(subscription.Id.ToString(), request.Form["metadata[subscription_id]"]);
        Assert.StartsWith("https://checkout.stripe.test/", checkout.CheckoutUrl, StringComparison.Ordinal);

        var client = app.Factory.ForTenant("lancashire");
        var payment = stripe.Pay(checkout.StripeSessionId);
        var completed = StripeWebhooks.CheckoutEvent("checkout.session.completed", checkout.StripeSessionId, paymentIntentId: payment.PaymentIntentId);
        var first = await StripeWebhooks.PostAsync(client, completed, StripeWebhooks.Sign(completed, StripeWebhooks.WebhookSecret, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("\"Processed\"", await first.Content.ReadAsStringAsync());
        foreach (var redelivery in Enumerable.Range(0, 2))
        {
            var replay = await StripeWebhooks.PostAsync(client, completed, StripeWebhooks.Sign(completed, StripeWebhooks.WebhookSecret, DateTimeOffset.UtcNow));
            Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
            Assert.Contains("AlreadyProcessed", await replay.Content.ReadAsStringAsync());
        }

        var expiredLate = StripeWebhooks.CheckoutEvent("checkout.session.expired", checkout.StripeSessionId, "unpaid");
        Assert.Equal(HttpStatusCode.OK, (await StripeWebhooks.PostAsync(client, expiredLate, StripeWebhooks.Sign(expiredLate, StripeWebhooks.WebhookSecret, DateTimeOffset.UtcNow))).StatusCode);

        var paid = await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id));
        Assert.Equal(SubscriptionStatus.Active, paid.Status);
        Assert.Single(paid.History, h => h.Status == SubscriptionStatus.Active);
        await Assert.ThrowsAsync<EqualityMark.Shared.Errors.ConflictException>(() => host.SendAsync(app.Lancashire, new StartCardCheckoutCommand(subscription.Id)));
        var receipt = Assert.Single(await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId)));
        Assert.Equal((InvoiceStatus.Paid, PaymentMethod.Card, payment.PaymentIntentId), (receipt.Status, receipt.PaidBy, receipt.PaymentReference));
        Assert.Equal(77000, receipt.TotalPence);
    }

    [Fact]
    public async Task A_completion_arriving_after_an_expiry_still_pays()
    {
        await using var stripe = await FakeStripe.StartAsync();
        await using var host = new ClockedApp(app, new Dictionary<string, string> { ["Stripe:BaseUrl"] = stripe.BaseUrl.ToString() });
        await SubscriptionsTestData.TurnCardOnAsync(app, app.Lancashire);
        var subscription = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Gold", payment: PaymentMethod.Card);
        var checkout = await host.SendAsync(app.Lancashire, new StartCardCheckoutCommand(subscription.Id));
        var client = app.Factory.ForTenant("lancashire");

        var expired = StripeWebhooks.CheckoutEvent("checkout.session.expired", checkout.StripeSessionId, "unpaid");
        await StripeWebhooks.PostAsync(client, expired, StripeWebhooks.Sign(expired, StripeWebhooks.WebhookSecret, DateTimeOffset.UtcNow));
        Assert.Equal(SubscriptionStatus.PendingPayment, (await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id))).Status);

        var completed = StripeWebhooks.CheckoutEvent("checkout.session.completed", checkout.StripeSessionId);
        await StripeWebhooks.PostAsync(client, completed, StripeWebhooks.Sign(completed, StripeWebhooks.WebhookSecret, DateTimeOffset.UtcNow));
        Assert.Equal(SubscriptionStatus.Active, (await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id))).Status);
    }

    [Fact]
    public async Task Webhooks_with_a_missing_wrong_or_stale_signature_are_refused_and_change_nothing()
    {
        await SubscriptionsTestData.TurnCardOnAsync(app, app.Lancashire);
        var client = app.Factory.ForTenant("lancashire");
        var payload = StripeWebhooks.CheckoutEvent("checkout.session.completed", "cs_test_unknown");
        var now = DateTimeOffset.UtcNow;

        Assert.Equal(HttpStatusCode.BadRequest, (await StripeWebhooks.PostAsync(client, payload, null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StripeWebhooks.PostAsync(client, payload, StripeWebhooks.Sign(payload, "whsec_SomeoneElse", now))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StripeWebhooks.PostAsync(client, payload, StripeWebhooks.Sign(payload, StripeWebhooks.WebhookSecret, now.AddMinutes(-6)))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StripeWebhooks.PostAsync(client, payload + " ", StripeWebhooks.Sign(payload, StripeWebhooks.WebhookSecret, now))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StripeWebhooks.PostAsync(app.Factory.ForTenant("northdale"), payload, StripeWebhooks.Sign(payload, StripeWebhooks.WebhookSecret, now))).StatusCode);

        var accepted = await StripeWebhooks.PostAsync(client, payload, StripeWebhooks.Sign(payload, StripeWebhooks.WebhookSecret, now.AddMinutes(-4)));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("Ignored", await accepted.Content.ReadAsStringAsync());
    }
}
