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

        var successorIds = successors.ConvertAll(s => s.Id);
        var renewalDueDates = await db.Invoices.AsNoTracking()
            .Where(i => successorIds.Contains(i.SubscriptionId) && i.Status != InvoiceStatus.Cancelled)
            .GroupBy(i => i.SubscriptionId).Select(g => new { SubscriptionId = g.Key, DueOn = g.Max(i => i.DueOn) })
            .ToDictionaryAsync(x => x.SubscriptionId, x => x.DueOn, cancellationToken);

        foreach (var subscription in subscriptions)
        {
            var successor = successors.FirstOrDefault(s => s.RenewsSubscriptionId == subscription.Id);
            var renewalDueOn = successor is not null && renewalDueDates.TryGetValue(successor.Id, out var due) ? due : (DateOnly?)null;
            await ReviewAsync(subscription, successor, renewalDueOn, settings, today, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task ReviewAsync(
        Subscription subscription, Subscription? successor, DateOnly? renewalDueOn, SubscriptionSettings settings, DateOnly today, CancellationToken cancellationToken)
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
            // A school that renewed is not lapsed while its renewal invoice is still within its payment terms (and the grace after them).
            if (today > SchoolAccess.LastDayOfGrace(subscription.PeriodEnd, renewalDueOn, settings.LapseGraceDays) && await ClaimAsync(subscription, RenewalReminders.LapsedKey, cancellationToken))
            {
                var why = successor is null ? "was not renewed" : "was renewed but the renewal invoice has not been paid";
                subscription.MoveTo(SubscriptionStatus.Lapsed, now, successor is null
                    ? $"Not renewed within {settings.LapseGraceDays} days of the end"
                    : $"Renewal invoice unpaid {settings.LapseGraceDays} days after it was due");
                await EmailAsync(subscription, $"{subscription.SchoolName}'s subscription has lapsed",
                    $"The {subscription.PackageName} subscription ended on {subscription.PeriodEnd:d MMMM yyyy} and {why}, so it has lapsed. You can renew at any time:", cancellationToken);
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
