using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Summaries;

/// <summary>The school's task list for step 6: every badge with where its summary stands, what it holds, and the rule for the Mark.</summary>
internal sealed class AccreditationHomeHandler(
    AccreditationDbContext db, AccreditationAccess access, IMediator mediator, BadgeCatalogue badges, AwardRulesReader rules, ITenantContext tenant, TimeProvider clock) :
    IRequestHandler<GetAccreditationHomeQuery, AccreditationHomeDto>
{
    public async Task<AccreditationHomeDto> Handle(GetAccreditationHomeQuery request, CancellationToken cancellationToken)
    {
        var schoolId = request.SchoolId ?? access.OwnSchoolId;
        access.EnsureCanSeeSchool(schoolId);
        var school = await mediator.Send(new GetSchoolQuery(schoolId), cancellationToken);
        var overview = await mediator.Send(new GetSchoolAccreditationQuery(schoolId), cancellationToken);
        var awards = await db.Awards.AsNoTracking().Where(a => a.SchoolId == schoolId && a.Kind == AwardKind.Badge).ToListAsync(cancellationToken);
        var current = await rules.CurrentAsync(cancellationToken);
        var today = UkTime.Today(clock);
        var rows = overview.Strands.Select(s =>
        {
            var open = s.SummaryStatus is { } status && status != SummaryStatus.Awarded;
            var until = SummaryCommandsHandler.HoldNotDueForRenewal(awards.Where(a => a.StrandKey == s.StrandKey), current, today);
            var reason = open ? null
                : until == DateOnly.MaxValue ? "Badge held; it does not expire"
                : until is { } date ? $"Badge held until {date:d MMMM yyyy}; renewal opens {date.AddMonths(-current.RenewalOpensMonthsBefore):d MMMM yyyy}"
                : null;
            var (label, tag) = s.SummaryStatus is { } st && (open || s.Badge is null)
                ? (SummaryStatusLabels.For(st), SummaryStatusLabels.TagClass(st))
                : s.Badge is { Status: AwardStatus.Valid } ? ("Badge held", "govuk-tag--green")
                : s.Badge is { } badge ? ($"Badge {AwardStatusLabels.For(badge.Status).ToLowerInvariant()}", AwardStatusLabels.TagClass(badge.Status))
                : ("Not started", "govuk-tag--grey");
            return new BadgeRowDto(s.StrandKey, s.StrandName, s.SummaryId, s.SummaryStatus, label, tag, s.Badge, !open && until is null, reason);
        }).ToList();
        var framework = (await badges.AllAsync(cancellationToken)).Count;
        return new AccreditationHomeDto(schoolId, school.Name, access.IsCoordinatorOf(schoolId), rows, overview.Mark,
            AwardRuleWording.Describe(current, framework), tenant.Tenant?.ProgrammeName ?? "the Mark");
    }
}
