using EqualityMark.Host.Email.Viewer;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>
/// The daily renewal run, with the clock moved through a subscription's last months — in an authority of its
/// own, because the run acts on every subscription of the authority.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class RenewalTests(AppFixture app)
{
    [Fact]
    public async Task Reminders_go_60_30_and_7_days_before_the_end_once_each_and_an_unrenewed_subscription_lapses_after_the_grace_period()
    {
        var tenant = await IsolatedAuthority.CreateAsync(app);
        var subscription = await SubscriptionsTestData.ActiveSubscriptionAsync(app, tenant, "Bronze");
        var end = subscription.PeriodEnd;
        await using var clocked = new ClockedApp(app);

        Assert.Equal(0, await RunTwiceAsync(clocked, tenant, end.AddDays(-61), subscription));
        Assert.Equal(SubscriptionStatus.Active, await StatusAsync(tenant, subscription));
        Assert.Equal(1, await RunTwiceAsync(clocked, tenant, end.AddDays(-60), subscription));
        Assert.Equal(SubscriptionStatus.RenewalDue, await StatusAsync(tenant, subscription));
        Assert.Equal(1, await RunTwiceAsync(clocked, tenant, end.AddDays(-45), subscription));
        Assert.Equal(2, await RunTwiceAsync(clocked, tenant, end.AddDays(-30), subscription));
        Assert.Equal(3, await RunTwiceAsync(clocked, tenant, end.AddDays(-7), subscription));
        Assert.Equal(3, await RunTwiceAsync(clocked, tenant, end, subscription));
        Assert.Equal(3, await RunTwiceAsync(clocked, tenant, end.AddDays(30), subscription));
        Assert.Equal(SubscriptionStatus.RenewalDue, await StatusAsync(tenant, subscription));

        Assert.Equal(4, await RunTwiceAsync(clocked, tenant, end.AddDays(31), subscription));
        Assert.Equal(SubscriptionStatus.Lapsed, await StatusAsync(tenant, subscription));
        Assert.Equal(4, await RunTwiceAsync(clocked, tenant, end.AddDays(32), subscription));
        var emails = await app.SendAsync(tenant, new ListOutboundEmailsQuery(await ContactAsync(tenant, subscription)));
        Assert.Contains(emails, e => e.Subject.Contains("has lapsed", StringComparison.Ordinal));
        Assert.Contains(await app.SendAsync(tenant, new ListSubscriptionsQuery(SubscriptionStatus.Lapsed)), s => s.Id == subscription.Id);
    }

    [Fact]
    public async Task A_renewal_stops_the_reminders_and_once_paid_the_old_subscription_is_renewed_not_lapsed()
    {
        var tenant = await IsolatedAuthority.CreateAsync(app);
        var subscription = await SubscriptionsTestData.ActiveSubscriptionAsync(app, tenant, "Silver");
        var end = subscription.PeriodEnd;
        await using var clocked = new ClockedApp(app);
        Assert.Equal(1, await RunTwiceAsync(clocked, tenant, end.AddDays(-60), subscription));

        var next = await clocked.SendOnAsync(end.AddDays(-50), tenant, new RenewSubscriptionCommand(subscription.Id, PaymentMethod.Invoice, "PO-RENEW"));
        Assert.Equal(end.AddDays(1), next.PeriodStart);
        Assert.Equal(SubscriptionStatus.PendingPayment, next.Status);
        Assert.Equal(1, await RunTwiceAsync(clocked, tenant, end.AddDays(-30), subscription));

        var invoice = (await app.SendAsync(tenant, new ListInvoicesQuery(subscription.SchoolId))).Single(i => i.SubscriptionId == next.Id);
        await clocked.SendOnAsync(end.AddDays(-20), tenant, new MarkInvoicePaidCommand(invoice.Id));
        Assert.Equal(SubscriptionStatus.Renewed, await StatusAsync(tenant, subscription));
        Assert.Equal(1, await RunTwiceAsync(clocked, tenant, end.AddDays(40), subscription));
        Assert.Equal(SubscriptionStatus.Renewed, await StatusAsync(tenant, subscription));

        var entitlements = await clocked.SendOnAsync(end.AddDays(40), tenant, new GetSchoolEntitlementsQuery(subscription.SchoolId));
        Assert.Equal(next.Id, entitlements.SubscriptionId);
    }

    [Fact]
    public async Task A_school_that_renewed_is_not_lapsed_while_its_renewal_invoice_is_within_its_terms()
    {
        var tenant = await IsolatedAuthority.CreateAsync(app);
        var subscription = await SubscriptionsTestData.ActiveSubscriptionAsync(app, tenant, "Bronze");
        var end = subscription.PeriodEnd;
        await using var clocked = new ClockedApp(app);
        var next = await clocked.SendOnAsync(end.AddDays(-3), tenant, new RenewSubscriptionCommand(subscription.Id, PaymentMethod.Invoice, "PO-LATE"));
        var dueOn = (await app.SendAsync(tenant, new ListInvoicesQuery(subscription.SchoolId))).Single(i => i.SubscriptionId == next.Id).DueOn;
        Assert.True(dueOn > end, "the renewal invoice falls due after the old year ends");

        await RunTwiceAsync(clocked, tenant, end.AddDays(31), subscription);
        Assert.NotEqual(SubscriptionStatus.Lapsed, await StatusAsync(tenant, subscription));
        await RunTwiceAsync(clocked, tenant, dueOn.AddDays(30), subscription);
        Assert.NotEqual(SubscriptionStatus.Lapsed, await StatusAsync(tenant, subscription));

        await RunTwiceAsync(clocked, tenant, dueOn.AddDays(31), subscription);
        Assert.Equal(SubscriptionStatus.Lapsed, await StatusAsync(tenant, subscription));
        var emails = await app.SendAsync(tenant, new ListOutboundEmailsQuery(await ContactAsync(tenant, subscription)));
        Assert.Contains(emails, e => e.Subject.Contains("has lapsed", StringComparison.Ordinal) && e.Body.Contains("renewal invoice has not been paid", StringComparison.Ordinal));
    }

    private async Task<int> RunTwiceAsync(ClockedApp clocked, TenantInfo tenant, DateOnly day, SubscriptionDto subscription)
    {
        await clocked.SendOnAsync(day, tenant, new RunRenewalsCommand());
        await clocked.SendOnAsync(day, tenant, new RunRenewalsCommand());
        var emails = await app.SendAsync(tenant, new ListOutboundEmailsQuery(await ContactAsync(tenant, subscription)));
        return emails.Count(e => e.Kind == "Renewal");
    }

    private async Task<SubscriptionStatus> StatusAsync(TenantInfo tenant, SubscriptionDto subscription) =>
        (await app.SendAsync(tenant, new GetSubscriptionQuery(subscription.Id))).Status;

    private async Task<string> ContactAsync(TenantInfo tenant, SubscriptionDto subscription) =>
        (await app.SendAsync(tenant, new ListSignUpsQuery())).Single(s => s.SubscriptionId == subscription.Id).CoordinatorEmail;
}
