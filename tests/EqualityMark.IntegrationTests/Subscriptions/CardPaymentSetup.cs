using EqualityMark.Subscriptions.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>A fake Stripe, a host pointed at it with Lancashire's test keys, and schools of their own that pay by card.</summary>
internal sealed class CardPaymentSetup : IAsyncDisposable
{
    private readonly AppFixture _app;

    private CardPaymentSetup(AppFixture app, FakeStripe stripe, ClockedApp host)
    {
        _app = app;
        Stripe = stripe;
        Host = host;
    }

    public FakeStripe Stripe { get; }

    public ClockedApp Host { get; }

    public HttpClient Webhooks => Host.ForTenant("lancashire");

    public static async Task<CardPaymentSetup> StartAsync(AppFixture app)
    {
        var stripe = await FakeStripe.StartAsync();
        var host = new ClockedApp(app, new Dictionary<string, string> { ["Stripe:BaseUrl"] = stripe.BaseUrl.ToString() });
        await SubscriptionsTestData.TurnCardOnAsync(app, app.Lancashire);
        return new CardPaymentSetup(app, stripe, host);
    }

    /// <summary>A new school whose co-ordinator can sign in, subscribed to Silver and waiting to pay by card.</summary>
    public Task<(SubscriptionDto Subscription, TestSchool School)> CardSchoolAsync() => SubscriptionsTestData.CardSchoolAsync(_app, _app.Lancashire);

    /// <summary>The school pays on Stripe's page and Stripe reports it: the subscription is active and its receipt paid.</summary>
    public async Task<(StripeCheckoutPayment Payment, InvoiceDto Receipt)> PayByCardAsync(SubscriptionDto subscription)
    {
        var checkout = await Host.SendAsync(_app.Lancashire, new StartCardCheckoutCommand(subscription.Id));
        var payment = Stripe.Pay(checkout.StripeSessionId);
        var delivered = await StripeWebhooks.DeliverAsync(Webhooks, StripeWebhooks.CheckoutEvent("checkout.session.completed", checkout.StripeSessionId, paymentIntentId: payment.PaymentIntentId));
        Assert.Contains("\"Processed\"", await delivered.Content.ReadAsStringAsync());
        var receipt = (await _app.SendAsync(_app.Lancashire, new ListInvoicesQuery(subscription.SchoolId))).Single(i => i.SubscriptionId == subscription.Id);
        return (payment, receipt);
    }

    public async Task<HttpClient> SignInOnHostAsync(string email)
    {
        var client = Host.ForTenant("lancashire");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await EqualityMark.TestSupport.FormPost.SignInAsync(client, email)).StatusCode);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}
