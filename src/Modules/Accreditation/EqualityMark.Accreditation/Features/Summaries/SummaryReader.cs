using System.Text.Json;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Summaries;

/// <summary>Builds everything a summary's page shows: the school's words, the pre-filled plan and grid, documents, every version and decision, readiness.</summary>
internal sealed class SummaryReader(
    AccreditationDbContext db, AccreditationAccess access, IMediator mediator, SummaryPrefillReader prefills, ReadinessCheck readiness, TimeProvider clock) :
    IRequestHandler<GetSummaryQuery, SummaryDetailsDto>
{
    public const string DocumentOwnerType = "accreditation-summary";

    public async Task<SummaryDetailsDto> Handle(GetSummaryQuery request, CancellationToken cancellationToken)
    {
        var summary = await access.SummaryAsync(request.SummaryId, cancellationToken);
        var prefill = await prefills.ReadAsync(summary.SchoolId, summary.StrandKey, cancellationToken);
        var documents = await DocumentsAsync(summary.Id, cancellationToken);
        var versions = await db.SummaryVersions.AsNoTracking().Where(v => v.SummaryId == summary.Id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var history = await db.SummaryEntries.AsNoTracking().Where(e => e.SummaryId == summary.Id).OrderBy(e => e.At)
            .Select(e => new { e.Version, e.Kind, e.Author, e.Text, e.NextSteps, e.At }).ToListAsync(cancellationToken);
        var award = await db.Awards.AsNoTracking().SingleOrDefaultAsync(a => a.SummaryId == summary.Id, cancellationToken);
        var user = access.User;
        var coordinator = access.IsCoordinatorOf(summary.SchoolId) && !user.IsSystem;
        return new SummaryDetailsDto(
            summary.Id, summary.SchoolId, summary.SchoolName, summary.StrandKey, summary.StrandName,
            summary.Status, SummaryStatusLabels.For(summary.Status), SummaryStatusLabels.TagClass(summary.Status),
            summary.ActionsTaken, summary.OutcomesAchieved, summary.PupilVoice, summary.Version, summary.RowVersion,
            summary.UpdatedAt, summary.UpdatedBy, summary.SentAt, prefill, documents,
            versions.Select(ToDto).ToList(),
            history.Select(e => new SummaryEntryDto(e.Version, SummaryEntryLabels.For(e.Kind), e.Author, e.Text, e.NextSteps, e.At)).ToList(),
            await readiness.CheckAsync(summary, prefill, documents.Count, cancellationToken),
            award is null ? null : AwardMapping.ToDto(award, UkTime.Today(clock)),
            CanEdit: coordinator && summary.IsEditable,
            CanRespond: coordinator && summary.Version > 0,
            CanDeskCheck: user.IsAuthorityStaff && summary.Status == SummaryStatus.Sent,
            CanRecordOutcome: user.IsAuthorityStaff && summary.Status == SummaryStatus.Accepted);
    }

    public async Task<IReadOnlyList<SummaryDocumentDto>> DocumentsAsync(Guid summaryId, CancellationToken cancellationToken)
    {
        var files = await mediator.Send(new ListEvidenceFilesQuery(DocumentOwnerType, [summaryId]), cancellationToken);
        return files.Select(f => new SummaryDocumentDto(f.Id, f.FileName, f.Size, f.UploadedBy, f.UploadedAt, $"/api/v1/accreditation/documents/{f.Id}")).ToList();
    }

    private static SummaryVersionDto ToDto(SummaryVersion v) => new(
        v.Number, v.ActionsTaken, v.OutcomesAchieved, v.PupilVoice,
        JsonSerializer.Deserialize<SummaryPrefillDto>(v.PrefillJson, SnapshotJson.Options)!,
        JsonSerializer.Deserialize<List<SummaryDocumentDto>>(v.DocumentsJson, SnapshotJson.Options)!,
        v.SentAt, v.SentBy);
}
