using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Awards;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Review;

/// <summary>
/// The authority's decisions on a summary. Each names the version it read (the row's xmin): two advisors deciding
/// at once both read the same version, the first to commit wins and the other's update finds no row, a 409.
/// </summary>
internal sealed class ReviewCommandsHandler(
    AccreditationDbContext db, AccreditationAccess access, IMediator mediator, Awarding awarding, SchoolNotifier notifier, TimeProvider clock) :
    IRequestHandler<ReturnSummaryCommand, Unit>,
    IRequestHandler<AcceptSummaryCommand, Unit>,
    IRequestHandler<RecordOutcomeCommand, OutcomeResultDto>
{
    public async Task<Unit> Handle(ReturnSummaryCommand request, CancellationToken cancellationToken)
    {
        var summary = await DecidingAsync(request.SummaryId, request.Version, cancellationToken);
        summary.Return(clock.GetUtcNow());
        await DecideAsync(summary, SummaryEntryKind.Returned, request.Comments, null, cancellationToken);
        await notifier.TellCoordinatorsAsync(summary.SchoolId, $"Your {summary.StrandName} accreditation summary has been returned",
            $"The equality team has read your accreditation summary for the {summary.StrandName} badge and returned it with comments:\n\n{request.Comments.Trim()}\n\nRevise it and send it again.",
            $"/accreditation/summaries/{summary.Id}", "SummaryReturned", cancellationToken);
        return Unit.Value;
    }

    public async Task<Unit> Handle(AcceptSummaryCommand request, CancellationToken cancellationToken)
    {
        var summary = await DecidingAsync(request.SummaryId, request.Version, cancellationToken);
        summary.Accept(clock.GetUtcNow());
        await DecideAsync(summary, SummaryEntryKind.Accepted, request.Comments ?? string.Empty, null, cancellationToken);
        await notifier.TellCoordinatorsAsync(summary.SchoolId, $"Your {summary.StrandName} accreditation summary has been accepted",
            $"The equality team has accepted your accreditation summary for the {summary.StrandName} badge. It will be verified at your accreditation visit.",
            $"/accreditation/summaries/{summary.Id}", "SummaryAccepted", cancellationToken);
        return Unit.Value;
    }

    public async Task<OutcomeResultDto> Handle(RecordOutcomeCommand request, CancellationToken cancellationToken)
    {
        var summary = await DecidingAsync(request.SummaryId, request.Version, cancellationToken);
        var now = clock.GetUtcNow();
        var visitedOn = request.VisitedOn!.Value;
        if (request.Outcome == VisitOutcome.NotYet)
        {
            summary.NotYet(now);
            await DecideAsync(summary, SummaryEntryKind.NotYet, request.Comments ?? string.Empty, request.NextSteps, cancellationToken, visitedOn);
            await notifier.TellCoordinatorsAsync(summary.SchoolId, $"{summary.StrandName} badge: not awarded yet",
                $"The {summary.StrandName} badge was not awarded at your visit on {visitedOn:d MMMM yyyy}.\n\nWhy: {request.Comments?.Trim()}\n\nNext steps: {request.NextSteps?.Trim()}\n\nYou can respond, revise the summary and send it again.",
                $"/accreditation/summaries/{summary.Id}", "BadgeNotYet", cancellationToken);
            return new OutcomeResultDto(null, null);
        }

        summary.Awarded(now);
        await DecideAsync(summary, SummaryEntryKind.Awarded, request.Comments ?? string.Empty, null, cancellationToken, visitedOn);
        var school = await mediator.Send(new GetSchoolQuery(summary.SchoolId), cancellationToken);
        var (badge, mark) = await awarding.AwardBadgeAsync(summary, school, visitedOn, access.UserName, cancellationToken);
        await notifier.TellCoordinatorsAsync(summary.SchoolId, $"Congratulations: the {badge.Title} is awarded",
            $"{school.Name} was awarded the {badge.Title} on {visitedOn:d MMMM yyyy}. Certificate number {badge.CertificateNumber}; download the certificate from your accreditation page.",
            "/accreditation", "BadgeAwarded", cancellationToken);
        var today = UkTime.Today(clock);
        return new OutcomeResultDto(AwardMapping.ToDto(badge, today), mark is null ? null : AwardMapping.ToDto(mark, today));
    }

    private async Task<AccreditationSummary> DecidingAsync(Guid summaryId, uint version, CancellationToken cancellationToken)
    {
        access.EnsureStaff();
        var summary = await access.SummaryAsync(summaryId, cancellationToken, track: true);
        if (summary.RowVersion != version)
        {
            throw new ConflictException("Someone else has changed this summary since you opened it. Read it again before deciding.");
        }

        db.Entry(summary).Property(s => s.RowVersion).OriginalValue = version;
        return summary;
    }

    private async Task DecideAsync(
        AccreditationSummary summary, SummaryEntryKind kind, string text, string? nextSteps, CancellationToken cancellationToken, DateOnly? visitedOn = null)
    {
        var prefix = visitedOn is { } date ? $"Visit on {date:d MMMM yyyy}. " : string.Empty;
        db.SummaryEntries.Add(new SummaryEntry
        {
            SummaryId = summary.Id, Version = summary.Version, Kind = kind, Author = access.UserName,
            Text = (prefix + text.Trim()).Trim(), NextSteps = nextSteps?.Trim(), At = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Another member of the team decided this summary at the same moment. Read it again to see their decision.");
        }
    }
}
