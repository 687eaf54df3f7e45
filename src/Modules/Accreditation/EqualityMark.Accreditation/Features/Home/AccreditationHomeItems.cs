using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Shared.Home;
using EqualityMark.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Home;

/// <summary>
/// Step 6 of the programme and summaries that came back, for a school; for the authority, the summaries sent and
/// waiting for their desk check.
/// </summary>
internal sealed class AccreditationHomeItems(AccreditationDbContext db, ICurrentUser user) : IHomeItemSource
{
    public async Task<IReadOnlyList<HomeItem>> ItemsAsync(CancellationToken cancellationToken)
    {
        if (user.IsAuthorityStaff)
        {
            var toCheck = await db.Summaries.CountAsync(s => s.Status == SummaryStatus.Sent, cancellationToken);
            return toCheck == 0
                ? []
                : [new HomeItem(HomeSection.NeedsAttention, 30, HomeText.Count(toCheck, "accreditation summary", "accreditation summaries") + " to check", "/accreditation/review")];
        }

        if (user.SchoolId is not { } schoolId)
        {
            return [];
        }

        var summaries = await db.Summaries.AsNoTracking().Where(s => s.SchoolId == schoolId)
            .OrderBy(s => s.StrandName)
            .Select(s => new { s.Id, s.StrandName, s.Status })
            .ToListAsync(cancellationToken);
        var waiting = summaries.Count(s => s.Status is SummaryStatus.Sent or SummaryStatus.Accepted);
        var items = new List<HomeItem>
        {
            new(HomeSection.ProgrammeSteps, 6, "Send an accreditation summary for each strand in turn", "/accreditation")
            {
                State = summaries.Any(s => s.Status == SummaryStatus.Awarded) ? StepState.Completed
                    : summaries.Count > 0 ? StepState.InProgress : StepState.NotStarted,
                Detail = waiting > 0 ? $"{HomeText.Count(waiting, "summary is", "summaries are")} with the authority" : null,
            },
        };
        items.AddRange(summaries.Where(s => s.Status is SummaryStatus.Returned or SummaryStatus.NotYet).Select(s =>
            new HomeItem(HomeSection.NeedsAttention, 30,
                s.Status == SummaryStatus.Returned
                    ? $"Your {s.StrandName} summary was returned: revise it and send it again"
                    : $"Your {s.StrandName} badge is not awarded yet: revise the summary with the advisor's next steps",
                $"/accreditation/summaries/{s.Id}")));
        return items;
    }
}
