namespace EqualityMark.Subscriptions.Domain;

/// <summary>A subscription year, by default the academic year 1 September – 31 August.</summary>
internal readonly record struct SubscriptionPeriod(DateOnly Start, DateOnly End)
{
    public static SubscriptionPeriod Containing(DateOnly day, int startMonth, int startDay)
    {
        var startThisYear = new DateOnly(day.Year, startMonth, startDay);
        var start = day >= startThisYear ? startThisYear : startThisYear.AddYears(-1);
        return new SubscriptionPeriod(start, start.AddYears(1).AddDays(-1));
    }

    /// <summary>The year after this one. A method, not a property: a record prints its properties, and a property
    /// returning the next period would print the next one's, for ever.</summary>
    public SubscriptionPeriod Following() => new(End.AddDays(1), End.AddDays(1).AddYears(1).AddDays(-1));

    public string Label => $"{Start:d MMMM yyyy} to {End:d MMMM yyyy}";

    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
