using EqualityMark.Audit.Contracts;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Visits;

internal sealed class VisitsHandler(EventsDbContext db, EventsAccess access, SchoolPackage package, IMediator mediator, VisitEmails emails, TimeProvider clock) :
    IRequestHandler<RequestVisitCommand, VisitDto>,
    IRequestHandler<ListVisitsQuery, IReadOnlyList<VisitDto>>,
    IRequestHandler<GetVisitQuery, VisitDetailsDto>,
    IRequestHandler<ConfirmVisitCommand, VisitDto>,
    IRequestHandler<CancelVisitCommand, VisitDto>
{
    public async Task<VisitDto> Handle(RequestVisitCommand request, CancellationToken cancellationToken)
    {
        access.EnsureCoordinator();
        var schoolId = access.OwnSchool;
        var kind = request.Kind!.Value;
        await EventsLocks.SchoolVisitRequestsAsync(db, schoolId, cancellationToken);
        await EnsureAvailableAsync(schoolId, kind, cancellationToken);
        var badges = (request.BadgesToVerify ?? []).Select(b => b.Trim()).Where(b => b.Length > 0).Distinct().ToList();
        var known = (await mediator.Send(new GetBadgesQuery(), cancellationToken)).Select(b => b.Key).ToHashSet();
        if (badges.FirstOrDefault(b => !known.Contains(b)) is { } unknown)
        {
            throw RequestValidationException.For(nameof(request.BadgesToVerify), $"'{unknown}' is not one of this mark's badges");
        }

        if (badges.Count > 0 && kind != VisitKind.Annual)
        {
            throw RequestValidationException.For(nameof(request.BadgesToVerify), "Badges are verified at the annual accreditation visit");
        }

        var school = await mediator.Send(new GetSchoolQuery(schoolId), cancellationToken);
        var visit = new Visit
        {
            SchoolId = schoolId,
            SchoolName = school.Name,
            Kind = kind,
            Focus = request.Focus.Trim(),
            BadgesToVerify = string.Join(',', badges),
            ProposedDates = request.ProposedDates.Trim(),
            RequestedAt = clock.GetUtcNow(),
        };
        db.Visits.Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        return VisitMapping.ToDto(visit);
    }

    public async Task<IReadOnlyList<VisitDto>> Handle(ListVisitsQuery request, CancellationToken cancellationToken)
    {
        var visits = db.Visits.AsNoTracking();
        if (!access.User.IsAuthorityStaff)
        {
            var own = access.User.SchoolId ?? Guid.Empty;
            visits = visits.Where(v => v.SchoolId == own);
        }
        else if (request.OnlyMine)
        {
            var me = access.User.UserId ?? Guid.Empty;
            visits = visits.Where(v => v.AdvisorId == me);
        }

        return (await visits.OrderByDescending(v => v.RequestedAt).ToListAsync(cancellationToken)).ConvertAll(VisitMapping.ToDto);
    }

    public async Task<VisitDetailsDto> Handle(GetVisitQuery request, CancellationToken cancellationToken)
    {
        var visit = await access.VisitAsync(request.VisitId, cancellationToken);
        return await VisitDetails.ForAsync(db, mediator, visit, cancellationToken);
    }

    public async Task<VisitDto> Handle(ConfirmVisitCommand request, CancellationToken cancellationToken)
    {
        access.EnsureAdmin();
        var visit = await access.VisitForChangeAsync(request.VisitId, cancellationToken);
        var advisor = (await mediator.Send(new ListPeopleQuery(), cancellationToken))
            .FirstOrDefault(p => p.Id == request.AdvisorId && p.Role is Roles.Advisor or Roles.AuthorityAdmin)
            ?? throw RequestValidationException.For(nameof(request.AdvisorId), "Choose an advisor of this authority");
        var (starts, ends) = (request.StartsAt!.Value.ToUniversalTime(), request.EndsAt!.Value.ToUniversalTime());
        if (VisitKinds.LongestDuration(visit.Kind) is { } longest && ends - starts > longest)
        {
            throw RequestValidationException.For(nameof(request.EndsAt), VisitKinds.DurationLimitMessage(visit.Kind));
        }

        await EventsLocks.AdvisorDiaryAsync(db, advisor.Id, cancellationToken);
        await AdvisorAvailability.EnsureAvailableAsync(db, advisor.Id, advisor.FullName, starts, ends, cancellationToken);
        var clash = await db.Visits.AsNoTracking().FirstOrDefaultAsync(v =>
            v.Id != visit.Id && v.AdvisorId == advisor.Id && v.Status == VisitStatus.Confirmed && v.StartsAt < ends && v.EndsAt > starts, cancellationToken);
        if (clash is not null)
        {
            throw new ConflictException($"{advisor.FullName} is already visiting {clash.SchoolName} then ({Times.Describe(clash.StartsAt!.Value)}).");
        }

        if (VisitKinds.Entitlement(visit.Kind) is { } kind)
        {
            // The unit comes from the subscription whose year the visit falls in, not the one in force today.
            var visitDay = DateOnly.FromDateTime(UkTime.ToLondon(starts).DateTime);
            await mediator.Send(new ConsumeEntitlementCommand(visit.SchoolId, kind, visit.EntitlementReference, visitDay), cancellationToken);
        }

        visit.Confirm(advisor.Id, advisor.FullName, starts, ends, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await emails.ConfirmedAsync(visit, cancellationToken);
        return VisitMapping.ToDto(visit);
    }

    public async Task<VisitDto> Handle(CancelVisitCommand request, CancellationToken cancellationToken)
    {
        var visit = await access.VisitForChangeAsync(request.VisitId, cancellationToken);
        if (!access.User.IsAuthorityAdmin && access.User.Role != Roles.SchoolCoordinator)
        {
            throw new ForbiddenException("Only the school's co-ordinator or the authority's administrators can cancel a visit.");
        }

        var settings = await access.SettingsAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var wasConfirmed = visit.Status == VisitStatus.Confirmed;
        visit.Cancel(now);
        await db.SaveChangesAsync(cancellationToken);
        if (wasConfirmed && (access.User.IsAuthorityStaff || CancellationNotice.IsInTime(visit.StartsAt, settings.CancellationNoticeDays, clock)))
        {
            await mediator.Send(new ReleaseEntitlementCommand(visit.SchoolId, visit.EntitlementReference), cancellationToken);
        }

        return VisitMapping.ToDto(visit);
    }

    /// <summary>Refuses a request the package cannot cover (including Silver's INSET-or-second-visit once one is used).</summary>
    private async Task EnsureAvailableAsync(Guid schoolId, VisitKind kind, CancellationToken cancellationToken)
    {
        if (VisitKinds.Entitlement(kind) is not { } entitlement)
        {
            if (await db.Visits.AnyAsync(v => v.SchoolId == schoolId && v.Kind == VisitKind.Introductory && v.Status != VisitStatus.Cancelled, cancellationToken))
            {
                throw RequestValidationException.For(nameof(RequestVisitCommand.Kind), "Your school has already had its introductory visit");
            }

            if (!await package.IsNewSchoolAsync(schoolId, cancellationToken))
            {
                throw RequestValidationException.For(nameof(RequestVisitCommand.Kind),
                    "The introductory visit is for schools in their first year of the programme: ask for an advisory visit instead");
            }

            return;
        }

        var balance = await package.BalanceAsync(schoolId, entitlement, cancellationToken);
        if (balance is null)
        {
            throw RequestValidationException.For(nameof(RequestVisitCommand.Kind), $"Your package does not include this kind of visit ({VisitKinds.Name(kind)})");
        }

        var pending = await db.Visits.CountAsync(v => v.SchoolId == schoolId && v.Status == VisitStatus.Requested
            && (v.Kind == kind || (balance.Kinds.Count > 1 && (v.Kind == VisitKind.Inset || v.Kind == VisitKind.SecondAdvisory))), cancellationToken);
        if (balance.Left is { } left && left - pending <= 0)
        {
            var why = balance.ChoiceGroup is not null && balance.Used > 0
                ? "your package includes one of an INSET session or a second advisory visit, and it has been used"
                : "your package's allowance for this year has been used or already requested";
            throw RequestValidationException.For(nameof(RequestVisitCommand.Kind), $"You cannot request this visit ({VisitKinds.Name(kind)}): {why}");
        }
    }
}
