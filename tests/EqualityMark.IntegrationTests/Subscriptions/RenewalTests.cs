using EqualityMark.Host.Email.Viewer;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>The daily renewal run, with the clock moved through a subscription's last months.</summary>
[Collection(AppTestGroup.Name)]
public sealed class RenewalTests(AppFixture app)
{
    [Fact]
    public async Task Reminders_go_60_30_and_7_days_before_the_end_once_each_and_an_unrenewed_subscription_lapses_after_the_grace_period()
    {
        var subscription = await SubscriptionsTestData.ActiveSubscriptionAsync(app, app.Lancashire, "Bronze");
        var end = subscription.PeriodEnd;
        await using var clocked = new ClockedApp(app);

        Assert.Equal(0, await RunTwiceAsync(clocked, end.AddDays(-61), subscription));
        Assert.Equal(SubscriptionStatus.Active, await StatusAsync(subscription));
        Assert.Equal(1, await RunTwiceAsync(clocked, end.AddDays(-60), subscription));
        Assert.Equal(SubscriptionStatus.RenewalDue, await StatusAsync(subscription));
        Assert.Equal(1, await RunTwiceAsync(clocked, end.AddDays(-45), subscription));
        Assert.Equal(2, await RunTwiceAsync(clocked, end.AddDays(-30), subscription));
        Assert.Equal(3, await RunTwiceAsync(clocked, end.AddDays(-7), subscription));
        Assert.Equal(3, await RunTwiceAsync(clocked, end, subscription));
        Assert.Equal(3, await RunTwiceAsync(clocked, end.AddDays(30), subscription));
        Assert.Equal(SubscriptionStatus.RenewalDue, await StatusAsync(subscription));

        Assert.Equal(4, await RunTwiceAsync(clocked, end.AddDays(31), subscription));
        Assert.Equal(SubscriptionStatus.Lapsed, await StatusAsync(subscription));
        Assert.Equal(4, await RunTwiceAsync(clocked, end.AddDays(32), subscription));
        var emails = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(await ContactAsync(subscription)));
        Assert.Contains(emails, e => e.Subject.Contains("has lapsed", StringComparison.Ordinal));

        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Contains(subscription.SchoolName, await admin.GetStringAsync("/admin/renewals"));
    }

    [Fact]
    public async Task A_renewal_stops_the_reminders_and_once_paid_the_old_subscription_is_renewed_not_lapsed()
    {
        var subscription = await SubscriptionsTestData.ActiveSubscriptionAsync(app, app.Lancashire, "Silver");
        var end = subscription.PeriodEnd;
        await using var clocked = new ClockedApp(app);
        Assert.Equal(1, await RunTwiceAsync(clocked, end.AddDays(-60), subscription));

        var next = await clocked.SendOnAsync(end.AddDays(-50), app.Lancashire, new RenewSubscriptionCommand(subscription.Id, PaymentMethod.Invoice, "PO-RENEW"));
        Assert.Equal(end.AddDays(1), next.PeriodStart);
        Assert.Equal(SubscriptionStatus.PendingPayment, next.Status);
        Assert.Equal(1, await RunTwiceAsync(clocked, end.AddDays(-30), subscription));

        var invoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId))).Single(i => i.SubscriptionId == next.Id);
        await clocked.SendOnAsync(end.AddDays(-20), app.Lancashire, new MarkInvoicePaidCommand(invoice.Id));
        Assert.Equal(SubscriptionStatus.Renewed, await StatusAsync(subscription));
        Assert.Equal(1, await RunTwiceAsync(clocked, end.AddDays(40), subscription));
        Assert.Equal(SubscriptionStatus.Renewed, await StatusAsync(subscription));

        var entitlements = await clocked.SendOnAsync(end.AddDays(40), app.Lancashire, new GetSchoolEntitlementsQuery(subscription.SchoolId));
        Assert.Equal(next.Id, entitlements.SubscriptionId);
    }

    private async Task<int> RunTwiceAsync(ClockedApp clocked, DateOnly day, SubscriptionDto subscription)
    {
        await clocked.SendOnAsync(day, app.Lancashire, new RunRenewalsCommand());
        await clocked.SendOnAsync(day, app.Lancashire, new RunRenewalsCommand());
        var emails = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(await ContactAsync(subscription)));
        return emails.Count(e => e.Kind == "Renewal");
    }

    private async Task<SubscriptionStatus> StatusAsync(SubscriptionDto subscription) =>
        (await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id))).Status;

    private async Task<string> ContactAsync(SubscriptionDto subscription) =>
        (await app.SendAsync(app.Lancashire, new ListSignUpsQuery())).Single(s => s.SubscriptionId == subscription.Id).CoordinatorEmail;
}
