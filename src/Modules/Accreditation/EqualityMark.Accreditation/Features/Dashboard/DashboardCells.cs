using System.Globalization;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Domain;

namespace EqualityMark.Accreditation.Features.Dashboard;

/// <summary>One cell of the dashboard: a held badge wins over a summary under way; an award expiring within 90 days says so.</summary>
internal static class DashboardCells
{
    public const int ExpiringWithinDays = 90;

    public static DashboardCellDto For(string? strandKey, IEnumerable<Award> validAwards, SummaryStatus? openSummary, DateOnly today)
    {
        var award = validAwards.OrderByDescending(a => a.ExpiresOn ?? DateOnly.MaxValue).FirstOrDefault();
        if (award is not null)
        {
            return award.ExpiresOn is { } expires && expires <= today.AddDays(ExpiringWithinDays)
                ? new(strandKey, DashboardCellState.Expiring, $"Expires {expires.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}", expires)
                : new(strandKey, DashboardCellState.Held, "Held", award.ExpiresOn);
        }

        var state = openSummary switch
        {
            SummaryStatus.Sent or SummaryStatus.Accepted => DashboardCellState.InReview,
            SummaryStatus.Returned or SummaryStatus.NotYet => DashboardCellState.Returned,
            SummaryStatus.Draft => DashboardCellState.InProgress,
            _ => DashboardCellState.None,
        };
        return new(strandKey, state, strandKey is null && state == DashboardCellState.None ? "Not held" : Label(state), null);
    }

    public static string Label(DashboardCellState state) => state switch
    {
        DashboardCellState.Held => "Held",
        DashboardCellState.Expiring => "Expiring soon",
        DashboardCellState.InReview => "In review",
        DashboardCellState.Returned => "Returned",
        DashboardCellState.InProgress => "In progress",
        _ => "Not started",
    };

    public static string TagClass(DashboardCellState state) => state switch
    {
        DashboardCellState.Held => "govuk-tag govuk-tag--green",
        DashboardCellState.Expiring => "govuk-tag govuk-tag--yellow",
        DashboardCellState.InReview => "govuk-tag govuk-tag--blue",
        DashboardCellState.Returned => "govuk-tag govuk-tag--orange",
        DashboardCellState.InProgress => "govuk-tag govuk-tag--grey",
        _ => string.Empty,
    };
}
