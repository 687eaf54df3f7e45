namespace EqualityMark.Shared.Time;

/// <summary>Europe/London, where every school and authority of this product keeps its calendar.</summary>
public static class UkTime
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset ToLondon(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, London);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The UK calendar day a moment falls on.</summary>
    public static DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(ToLondon(moment).DateTime);

    /// <summary>The moment a UK day begins (midnight in London, 23:00 UTC the evening before in summer time).</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, London.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
