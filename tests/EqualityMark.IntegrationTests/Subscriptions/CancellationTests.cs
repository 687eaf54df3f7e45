using System.Net;
using System.Net.Http.Json;
using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>An administrator cancels a subscription: its unpaid invoices go with it and nothing can be used.</summary>
[Collection(AppTestGroup.Name)]
public sealed class CancellationTests(AppFixture app)
{
    [Fact]
    public async Task Cancelling_on_the_page_cancels_the_unpaid_invoice_and_keeps_the_reason_in_the_history()
    {
        var subscription = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Bronze");
        var admin = await app.SignInAsync("lancashire", "admin");
        var page = $"/subscriptions/{subscription.Id}";

        var noReason = await SubscriptionsTestData.PostHandlerAsync(admin, page, "Cancel", new Dictionary<string, string> { ["Reason"] = "" });
        Assert.Contains("Enter why the subscription is cancelled", await SubscriptionsTestData.BodyAsync(noReason));

        var cancelled = await SubscriptionsTestData.PostHandlerAsync(admin, page, "Cancel", new Dictionary<string, string> { ["Reason"] = "The school closed." });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var reread = await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id));
        Assert.Equal(SubscriptionStatus.Cancelled, reread.Status);
        Assert.Equal("The school closed.", reread.History[^1].Note);
        Assert.All(await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId)), i => Assert.Equal(InvoiceStatus.Cancelled, i.Status));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/v1/subscriptions/{subscription.Id}/cancel", new { reason = "again" })).StatusCode);
    }

    [Fact]
    public async Task A_cancelled_subscription_has_nothing_to_use_and_only_its_own_authoritys_administrators_cancel()
    {
        var subscription = await SubscriptionsTestData.ActiveSubscriptionAsync(app, app.Lancashire, "Gold");
        var northdale = await app.SignInAsync("northdale", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.PostAsJsonAsync($"/api/v1/subscriptions/{subscription.Id}/cancel", new { reason = "x" })).StatusCode);
        var advisor = await app.SignInAsync("lancashire", "advisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await advisor.PostAsJsonAsync($"/api/v1/subscriptions/{subscription.Id}/cancel", new { reason = "x" })).StatusCode);

        await app.SendAsync(app.Lancashire, new CancelSubscriptionCommand(subscription.Id, "Left the programme"));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(subscription.SchoolId)));
    }
}
