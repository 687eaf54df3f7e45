using EqualityMark.Accreditation.Contracts;
using EqualityMark.Audit.Contracts;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Visits;

/// <summary>Builds a visit's page: the pre-visit checklist asks Audit whether the audit was sent and Accreditation where each summary to verify stands.</summary>
internal static class VisitDetails
{
    public static async Task<VisitDetailsDto> ForAsync(EventsDbContext db, IMediator mediator, Visit visit, CancellationToken cancellationToken)
    {
        var year = AcademicYear.For(visit.StartsAt ?? visit.RequestedAt);
        var submitted = await mediator.Send(new GetAuditSubmittedDateQuery(visit.SchoolId, year), cancellationToken);
        var dto = VisitMapping.ToDto(visit);
        var checklist = new List<ChecklistItemDto>
        {
            new($"The school's {AcademicYear.Label(year)} whole-school audit has been sent to the equality team" +
                (submitted is { } date ? $" ({date:d MMMM yyyy})" : string.Empty), submitted is not null),
            new("The school has said what the visit should focus on", visit.Focus.Length > 0),
            new("An advisor and a time are confirmed", visit.Status is VisitStatus.Confirmed or VisitStatus.Completed),
        };
        IReadOnlyList<SummaryToVerifyDto> summaries = [];
        if (visit.IsAccreditation)
        {
            summaries = await mediator.Send(new GetSummariesToVerifyQuery(visit.SchoolId, dto.BadgesToVerify), cancellationToken);
            checklist.AddRange(summaries.Select(s => new ChecklistItemDto(
                $"Accreditation summary for the {s.StrandName} badge accepted at the desk check (now: {s.StatusLabel.ToLowerInvariant()})", s.Ready)));
        }

        var record = await db.VisitRecordEntries.AsNoTracking().Where(e => e.VisitId == visit.Id).OrderBy(e => e.WrittenAt)
            .Select(e => new VisitRecordEntryDto(e.Kind, e.Author, e.Text, e.WrittenAt)).ToListAsync(cancellationToken);
        return new VisitDetailsDto(dto, checklist, visit.IsAccreditation ? VisitKinds.AccreditationAgenda : [], summaries, record);
    }
}
