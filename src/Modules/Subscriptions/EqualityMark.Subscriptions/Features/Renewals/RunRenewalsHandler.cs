using EqualityMark.Shared.Time;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Renewals;

/// <summary>
/// The daily renewal run. Every email is claimed first through a unique key (tenant, subscription, kind, period
/// end) with INSERT … ON CONFLICT DO NOTHING, so running twice, a misfire or a second node never sends twice.
/// </summary>
internal sealed class RunRenewalsHandler(SubscriptionsDbContext db, ITenantContext tenant, IEmailOutbox outbox, ITenantLinks links, TimeProvider clock)
    : IRequestHandler<RunRenewalsCommand, Unit>
{
    public async Task<Unit> Handle(RunRenewalsCommand request, CancellationToken cancellationToken)
    {
        var settings = await SettingsStore.GetAsync(db, cancellationToken);
        var today = UkTime.Today(clock);
        var horizon = today.AddDays(RenewalReminders.RenewalDueFromDays);
        var subscriptions = await db.Subscriptions.Include(s => s.History)
            .Where(s => (s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.RenewalDue) && s.PeriodEnd <= horizon)
            .ToListAsync(cancellationToken);
        var ids = subscriptions.ConvertAll(s => s.Id);
        var successors = await db.Subscriptions.AsNoTracking()
            .Where(s => s.RenewsSubscriptionId != null && ids.Contains(s.RenewsSubscriptionId.Value) && s.Status != SubscriptionStatus.Cancelled)
            .ToListAsync(cancellationToken);

        foreach (var subscription in subscriptions)
        {
            var successor = successors.FirstOrDefault(s => s.RenewsSubscriptionId == subscription.Id);
            await ReviewAsync(subscription, successor, settings, today, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task ReviewAsync(Subscription subscription, Subscription? successor, SubscriptionSettings settings, DateOnly today, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (successor is { Status: not SubscriptionStatus.PendingPayment })
        {
            subscription.MoveTo(SubscriptionStatus.Renewed, now, $"Renewed for {successor.PeriodStart.Year} to {successor.PeriodEnd.Year}");
            return;
        }

        var daysLeft = subscription.PeriodEnd.DayNumber - today.DayNumber;
        if (daysLeft < 0)
        {
            if (-daysLeft > settings.LapseGraceDays && await ClaimAsync(subscription, RenewalReminders.LapsedKey, cancellationToken))
            {
                subscription.MoveTo(SubscriptionStatus.Lapsed, now, $"Not renewed within {settings.LapseGraceDays} days of the end");
                await EmailAsync(subscription, $"{subscription.SchoolName}'s subscription has lapsed",
                    $"The {subscription.PackageName} subscription ended on {subscription.PeriodEnd:d MMMM yyyy} and was not renewed, so it has lapsed. You can renew at any time:", cancellationToken);
            }

            return;
        }

        if (subscription.Status == SubscriptionStatus.Active)
        {
            subscription.MoveTo(SubscriptionStatus.RenewalDue, now, $"Renewal due by {subscription.PeriodEnd:d MMMM yyyy}");
        }

        if (successor is null && RenewalReminders.KeyFor(daysLeft) is { } key && await ClaimAsync(subscription, key, cancellationToken))
        {
            await EmailAsync(subscription, $"Renew {subscription.SchoolName}'s {subscription.PackageName} package",
                $"The {subscription.PackageName} subscription ends on {subscription.PeriodEnd:d MMMM yyyy}, in {daysLeft} days. Renew it here:", cancellationToken);
        }
    }

    /// <summary>True only for the one run that inserts the key; every other run finds it taken.</summary>
    private async Task<bool> ClaimAsync(Subscription subscription, string kind, CancellationToken cancellationToken)
    {
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO subscriptions.renewal_reminders (id, tenant_id, subscription_id, kind, period_end, sent_at)
            VALUES ({Guid.CreateVersion7()}, {tenant.RequiredTenantId}, {subscription.Id}, {kind}, {subscription.PeriodEnd}, {clock.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        return inserted == 1;
    }

    private async Task EmailAsync(Subscription subscription, string subject, string opening, CancellationToken cancellationToken)
    {
        var programme = tenant.Tenant!;
        var body = $"""
            Dear {subscription.ContactName},

            {opening}
            {links.For(programme.Code, "/our-package")}

            {programme.Name}
            """;
        await outbox.QueueAsync(new EmailMessage(subscription.ContactEmail, subject, body, "Renewal"), cancellationToken);
    }
}
