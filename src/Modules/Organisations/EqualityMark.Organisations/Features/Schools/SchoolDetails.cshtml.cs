using EqualityMark.Accreditation.Contracts;
using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Audit.Contracts;
using EqualityMark.Events.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Features.Schools.Notes;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Schools;

/// <summary>
/// One view of a school: each module's part through its contract query (each checks the user may see the school),
/// and a timeline merged from their dated events. Staff see any school of their authority; school users only their own.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SchoolDetailsModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    public SchoolDto School { get; private set; } = default!;

    public bool IsStaff => currentUser.IsAuthorityStaff;

    public bool IsOwnSchool => currentUser.SchoolId == School.Id;

    public bool CanExport => currentUser.IsAuthorityAdmin || currentUser.IsCoordinatorOf(School.Id);

    public bool CanDelete => currentUser.IsAuthorityAdmin;

    public bool CanMakeEvidencePack => currentUser.IsAuthorityStaff || currentUser.IsCoordinatorOf(School.Id);

    /// <summary>Reference group members do not see the school's package, prices or invoices (ADR 0029).</summary>
    public bool SeesSubscription => currentUser.Role != Roles.SchoolMember;

    public IReadOnlyList<PersonDto> People { get; private set; } = [];

    public SchoolSubscriptionSummaryDto Subscription { get; private set; } = default!;

    public SchoolAuditSummaryDto Audit { get; private set; } = default!;

    public SchoolActionPlanSummaryDto ActionPlan { get; private set; } = default!;

    public SchoolAccreditationSummaryDto Accreditation { get; private set; } = default!;

    public SchoolEventsSummaryDto Events { get; private set; } = default!;

    /// <summary>The staff's latest notes (staff only); <see cref="NotesTotal"/> counts them all.</summary>
    internal IReadOnlyList<SchoolNoteDto> Notes { get; private set; } = [];

    public int NotesTotal { get; private set; }

    /// <summary>What happened, newest first.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        School = await mediator.Send(new GetSchoolQuery(id), cancellationToken);
        if (currentUser.IsAuthorityStaff || currentUser.Role == Roles.SchoolCoordinator)
        {
            People = await mediator.Send(new ListPeopleQuery(id), cancellationToken);
        }

        Subscription = await mediator.Send(new GetSchoolSubscriptionSummaryQuery(id), cancellationToken);
        Audit = await mediator.Send(new GetSchoolAuditSummaryQuery(id), cancellationToken);
        ActionPlan = await mediator.Send(new GetSchoolActionPlanSummaryQuery(id), cancellationToken);
        Accreditation = await mediator.Send(new GetSchoolAccreditationSummaryQuery(id), cancellationToken);
        Events = await mediator.Send(new GetSchoolEventsSummaryQuery(id), cancellationToken);
        if (currentUser.IsAuthorityStaff)
        {
            var notes = await mediator.Send(new ListSchoolNotesQuery(id), cancellationToken);
            (Notes, NotesTotal) = (notes.Notes.Take(3).ToList(), notes.Total);
        }

        var history = await mediator.Send(new GetSchoolHistoryQuery(id), cancellationToken);
        Timeline = history.Concat(Subscription.Timeline).Concat(Audit.Timeline).Concat(ActionPlan.Timeline)
            .Concat(Accreditation.Timeline).Concat(Events.Timeline)
            .OrderByDescending(e => e.On).ToList();
    }
}
