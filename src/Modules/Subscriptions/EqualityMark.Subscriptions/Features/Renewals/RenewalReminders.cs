namespace EqualityMark.Subscriptions.Features.Renewals;

/// <summary>When reminders go: days before the end of the period, most urgent first.</summary>
internal static class RenewalReminders
{
    public static readonly int[] DaysBeforeEnd = [7, 30, 60];

    public const int RenewalDueFromDays = 60;

    public const string LapsedKey = "lapsed";

    /// <summary>The reminder due with this many days left (the most urgent that applies), or null.</summary>
    public static string? KeyFor(int daysLeft) =>
        daysLeft < 0 ? null : DaysBeforeEnd.Where(d => daysLeft <= d).Select(d => $"reminder-{d}").FirstOrDefault();
}
