using System.Net;
using System.Net.Http.Json;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Concurrency;

/// <summary>Each state change of an invoice, sign-up or subscription has exactly one winner when requested at once (ADR 0029).</summary>
[Collection(AppTestGroup.Name)]
public sealed class SubscriptionTransitionRaceTests(AppFixture app)
{
    [Fact]
    public async Task Marking_an_invoice_paid_at_once_has_one_winner_and_one_history_entry()
    {
        var subscription = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Bronze");
        var invoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId))).Single();
        var admin = await app.SignInAsync("lancashire", "admin");

        AtOnce.AssertOneWinner(await AtOnce.SendAsync(() => admin.PostAsync($"/api/v1/invoices/{invoice.Id}/paid", null)));

        var paid = await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id));
        Assert.Equal([SubscriptionStatus.PendingPayment, SubscriptionStatus.Active], paid.History.Select(h => h.Status));
        Assert.Equal(InvoiceStatus.Paid, (await app.SendAsync(app.Lancashire, new GetInvoiceQuery(invoice.Id))).Status);
    }

    [Fact]
    public async Task Paid_and_cancelled_at_once_cannot_both_succeed()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        for (var round = 0; round < 2; round++)
        {
            var subscription = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Bronze");
            var invoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId))).Single();

            var statuses = await AtOnce.SendAsync(i => admin.PostAsync($"/api/v1/invoices/{invoice.Id}/{(i % 2 == 0 ? "paid" : "cancel")}", null));

            AtOnce.AssertOneWinner(statuses);
            var final = await app.SendAsync(app.Lancashire, new GetInvoiceQuery(invoice.Id));
            var history = (await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id))).History;
            Assert.Equal(final.Status == InvoiceStatus.Paid ? 1 : 0, history.Count(h => h.Status == SubscriptionStatus.Active));
            Assert.Contains(final.Status, new[] { InvoiceStatus.Paid, InvoiceStatus.Cancelled });
        }
    }

    [Fact]
    public async Task Approving_a_sign_up_at_once_starts_one_subscription()
    {
        var package = await SubscriptionsTestData.PackageAsync(app, app.Lancashire, "Silver");
        var signUp = await app.SendAsync(app.Lancashire, SubscriptionsTestData.SignUp(package.Id, SubscriptionsTestData.NewUrn()));
        var admin = await app.SignInAsync("lancashire", "admin");

        AtOnce.AssertOneWinner(await AtOnce.SendAsync(() => admin.PostAsync($"/api/v1/sign-ups/{signUp.Id}/approve?year=Current", null)));

        var approved = await app.SendAsync(app.Lancashire, new GetSignUpQuery(signUp.Id));
        var subscription = await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(approved.SubscriptionId!.Value));
        Assert.Single(await app.SendAsync(app.Lancashire, new ListSchoolSubscriptionsQuery(subscription.SchoolId)));
        Assert.Single(await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId)));
    }

    [Fact]
    public async Task Cancelling_a_subscription_at_once_writes_one_cancellation()
    {
        var subscription = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Bronze");
        var admin = await app.SignInAsync("lancashire", "admin");

        AtOnce.AssertOneWinner(await AtOnce.SendAsync(() =>
            admin.PostAsJsonAsync($"/api/v1/subscriptions/{subscription.Id}/cancel", new { reason = "The school has closed" })));

        var cancelled = await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id));
        Assert.Single(cancelled.History, h => h.Status == SubscriptionStatus.Cancelled);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/v1/subscriptions/{subscription.Id}/cancel", new { reason = "Again" })).StatusCode);
    }
}
