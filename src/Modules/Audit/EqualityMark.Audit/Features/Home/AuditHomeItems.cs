using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Home;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Home;

/// <summary>
/// Steps 1 to 3 of the programme for a school (reference group, audit, summary grid), a returned audit and parts of
/// the audit given to this person; for the authority, the schools that have not started this year's audit.
/// </summary>
internal sealed class AuditHomeItems(AuditDbContext db, ICurrentUser user, IMediator mediator, TimeProvider clock) : IHomeItemSource
{
    public async Task<IReadOnlyList<HomeItem>> ItemsAsync(CancellationToken cancellationToken)
    {
        var year = AcademicYear.For(clock.GetUtcNow());
        if (user.IsAuthorityStaff)
        {
            return await ForAuthorityAsync(year, cancellationToken);
        }

        return user.SchoolId is { } schoolId ? await ForSchoolAsync(schoolId, year, cancellationToken) : [];
    }

    private async Task<IReadOnlyList<HomeItem>> ForAuthorityAsync(int year, CancellationToken cancellationToken)
    {
        var started = await db.Audits.AsNoTracking().Where(a => a.AcademicYear == year).Select(a => a.SchoolId).ToListAsync(cancellationToken);
        var notStarted = (await mediator.Send(new ListSchoolsQuery(Except: started), cancellationToken)).Count;
        return notStarted == 0
            ? []
            : [new HomeItem(HomeSection.NeedsAttention, 50, $"{HomeText.Count(notStarted, "school has", "schools have")} not started the {AcademicYear.Label(year)} audit", "/audit/schools")];
    }

    private async Task<IReadOnlyList<HomeItem>> ForSchoolAsync(Guid schoolId, int year, CancellationToken cancellationToken)
    {
        var members = await db.ReferenceGroupMembers.AsNoTracking().Where(m => m.SchoolId == schoolId)
            .Select(m => m.Category).ToListAsync(cancellationToken);
        var audit = await db.Audits.AsNoTracking().Where(a => a.SchoolId == schoolId && a.AcademicYear == year)
            .Select(a => new { a.Id, a.Status, a.ReturnedReason }).SingleOrDefaultAsync(cancellationToken);
        var label = AcademicYear.Label(year);

        var items = new List<HomeItem>
        {
            new(HomeSection.ProgrammeSteps, 1, "Set up your equality reference group", "/audit/reference-group")
            {
                State = members.Count == 0 ? StepState.NotStarted
                    : members.Contains(MemberCategory.SeniorLeadership) ? StepState.Completed : StepState.InProgress,
                Detail = members.Count > 0 && !members.Contains(MemberCategory.SeniorLeadership)
                    ? "The group needs a member of the senior leadership team" : null,
            },
            new(HomeSection.ProgrammeSteps, 2, $"Complete and send the {label} audit", audit is null ? "/audit" : $"/audit/{audit.Id}")
            {
                State = audit is null ? StepState.NotStarted : audit.Status == AuditStatus.Submitted ? StepState.Completed : StepState.InProgress,
            },
            new(HomeSection.ProgrammeSteps, 3, "Check your summary grid", audit is null ? "/audit" : $"/audit/{audit.Id}/grid")
            {
                State = audit?.Status == AuditStatus.Submitted ? StepState.Completed : StepState.NotStarted,
            },
        };

        if (audit?.Status == AuditStatus.Returned)
        {
            items.Add(new HomeItem(HomeSection.NeedsAttention, 10, $"The authority returned your {label} audit: make the changes and send it again", $"/audit/{audit.Id}")
            {
                Detail = audit.ReturnedReason,
            });
        }

        if (audit is not null && user.UserId is { } userId)
        {
            var given = await db.Delegations.AsNoTracking()
                .CountAsync(d => d.AuditId == audit.Id && d.UserId == userId && d.CompletedAt == null, cancellationToken);
            if (given > 0)
            {
                items.Add(new HomeItem(HomeSection.NeedsAttention, 15, $"{HomeText.Count(given, "part", "parts")} of the audit given to you to judge", $"/audit/{audit.Id}"));
            }
        }

        return items;
    }
}
