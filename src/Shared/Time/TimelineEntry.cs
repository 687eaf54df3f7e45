namespace EqualityMark.Shared.Time;

/// <summary>One dated line of a school's timeline; each module contributes its own and the school page merges them.</summary>
public sealed record TimelineEntry(DateOnly On, string Text)
{
    /// <summary>An entry for a moment, dated by the UK calendar day it fell on.</summary>
    public static TimelineEntry At(DateTimeOffset moment, string text) => new(UkTime.DateOf(moment), text);
}
