using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>
/// The one rule for which subscription lets a school use its package (ADR 0019). On a day, in order:
/// <list type="number">
/// <item>a paid subscription whose period contains the day;</item>
/// <item>a renewal awaiting payment whose period contains the day, once its invoice is issued and while the school has
/// not lapsed (its payment terms and the grace after them) — so a school that renewed books in early September;</item>
/// <item>only when asked about today (never for a visit's own date): a paid subscription whose period has ended, through
/// its grace period — meeting places and requests, but the ended year's visits are never spent on the new year.</item>
/// </list>
/// The grace period ends <see cref="SubscriptionSettings.LapseGraceDays"/> after the later of the period's end and the
/// renewal invoice's due date: the same day the renewal run marks the subscription lapsed.
/// </summary>
internal static class SchoolAccess
{
    /// <summary>The school's subscriptions with the due date of each one's latest invoice that is not cancelled.</summary>
    public sealed record Candidate(Subscription Subscription, DateOnly? InvoiceDueOn, bool HasOpenInvoice);

    public static DateOnly LastDayOfGrace(DateOnly periodEnd, DateOnly? renewalInvoiceDueOn, int graceDays) =>
        (renewalInvoiceDueOn is { } due && due > periodEnd ? due : periodEnd).AddDays(graceDays);

    public static Subscription? For(IReadOnlyCollection<Candidate> school, DateOnly day, DateOnly today, int graceDays, bool includeGrace)
    {
        var covering = school
            .Where(c => c.Subscription.PeriodStart <= day && day <= c.Subscription.PeriodEnd && (IsPaid(c.Subscription) || IsRenewalInTerms(c, school, today, graceDays)))
            .OrderByDescending(c => IsPaid(c.Subscription))
            .ThenByDescending(c => c.Subscription.CreatedAt)
            .Select(c => c.Subscription)
            .FirstOrDefault();
        if (covering is not null || !includeGrace || day != today)
        {
            return covering;
        }

        return school
            .Where(c => c.Subscription.Status is SubscriptionStatus.Active or SubscriptionStatus.RenewalDue && c.Subscription.PeriodEnd < today
                && today <= LastDayOfGrace(c.Subscription.PeriodEnd, Successor(c, school)?.InvoiceDueOn, graceDays))
            .OrderByDescending(c => c.Subscription.PeriodEnd)
            .Select(c => c.Subscription)
            .FirstOrDefault();
    }

    private static bool IsPaid(Subscription s) => s.Status is SubscriptionStatus.Active or SubscriptionStatus.RenewalDue or SubscriptionStatus.Renewed;

    private static bool IsRenewalInTerms(Candidate renewal, IReadOnlyCollection<Candidate> school, DateOnly today, int graceDays)
    {
        if (renewal.Subscription.Status != SubscriptionStatus.PendingPayment || !renewal.HasOpenInvoice)
        {
            return false;
        }

        var previous = school.FirstOrDefault(c => c.Subscription.Id == renewal.Subscription.RenewsSubscriptionId)?.Subscription;
        return previous is { Status: SubscriptionStatus.Active or SubscriptionStatus.RenewalDue }
            && today <= LastDayOfGrace(previous.PeriodEnd, renewal.InvoiceDueOn, graceDays);
    }

    private static Candidate? Successor(Candidate c, IReadOnlyCollection<Candidate> school) =>
        school.FirstOrDefault(s => s.Subscription.RenewsSubscriptionId == c.Subscription.Id && s.Subscription.Status != SubscriptionStatus.Cancelled);
}
