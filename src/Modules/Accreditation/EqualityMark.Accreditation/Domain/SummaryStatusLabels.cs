using EqualityMark.Accreditation.Contracts;

namespace EqualityMark.Accreditation.Domain;

/// <summary>Human words for a summary's status, as schools and the team say them.</summary>
internal static class SummaryStatusLabels
{
    public static string For(SummaryStatus status) => status switch
    {
        SummaryStatus.Draft => "In progress",
        SummaryStatus.Sent => "Sent for checking",
        SummaryStatus.Returned => "Returned for changes",
        SummaryStatus.Accepted => "Accepted for verification at the visit",
        SummaryStatus.NotYet => "Not awarded yet",
        SummaryStatus.Awarded => "Badge awarded",
        _ => status.ToString(),
    };

    /// <summary>The GOV.UK tag colour class for a status.</summary>
    public static string TagClass(SummaryStatus status) => status switch
    {
        SummaryStatus.Draft => "govuk-tag--grey",
        SummaryStatus.Sent => "govuk-tag--blue",
        SummaryStatus.Returned => "govuk-tag--orange",
        SummaryStatus.Accepted => "govuk-tag--turquoise",
        SummaryStatus.NotYet => "govuk-tag--red",
        SummaryStatus.Awarded => "govuk-tag--green",
        _ => string.Empty,
    };
}
