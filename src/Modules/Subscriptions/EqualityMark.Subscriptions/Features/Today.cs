namespace EqualityMark.Subscriptions.Features;

/// <summary>The calendar day in the UK, where every authority is.</summary>
internal static class Today
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly From(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);
}
