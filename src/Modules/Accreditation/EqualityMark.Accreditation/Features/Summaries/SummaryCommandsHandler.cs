using System.Text.Json;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EqualityMark.Accreditation.Features.Summaries;

/// <summary>The co-ordinator's side of step 6: start a summary for a badge, write it as you go, attach documents, send it, answer the team.</summary>
internal sealed class SummaryCommandsHandler(
    AccreditationDbContext db, AccreditationAccess access, IMediator mediator, BadgeCatalogue badges, AwardRulesReader rules,
    SummaryReader reader, SummaryPrefillReader prefills, ReadinessCheck readiness, TimeProvider clock) :
    IRequestHandler<StartSummaryCommand, Guid>,
    IRequestHandler<SaveSummaryCommand, uint>,
    IRequestHandler<AddSummaryDocumentCommand, Guid>,
    IRequestHandler<RemoveSummaryDocumentCommand, Unit>,
    IRequestHandler<SendSummaryCommand, int>,
    IRequestHandler<RespondToSummaryCommand, Unit>
{
    public async Task<Guid> Handle(StartSummaryCommand request, CancellationToken cancellationToken)
    {
        var schoolId = request.SchoolId ?? access.OwnSchoolId;
        access.EnsureCoordinatorOf(schoolId);
        var badge = await badges.FindAsync(request.StrandKey, cancellationToken)
            ?? throw RequestValidationException.For(nameof(request.StrandKey), "Choose one of this mark's badges");
        if (await db.Summaries.AnyAsync(s => s.SchoolId == schoolId && s.StrandKey == badge.Key && s.Status != SummaryStatus.Awarded, cancellationToken))
        {
            throw new ConflictException($"There is already a summary for the {badge.Name} badge in progress. Continue that one.");
        }

        var today = UkTime.Today(clock);
        var held = await SchoolAwardsAsync(schoolId, badge.Key, cancellationToken);
        var current = await rules.CurrentAsync(cancellationToken);
        if (HoldNotDueForRenewal(held, current, today) is { } until)
        {
            throw new ConflictException(until == DateOnly.MaxValue
                ? $"The school holds the {badge.Name} badge and it does not expire, so there is nothing to renew."
                : $"The school holds the {badge.Name} badge until {until:d MMMM yyyy}. A renewal summary can be started from {until.AddMonths(-current.RenewalOpensMonthsBefore):d MMMM yyyy}.");
        }

        var school = await mediator.Send(new GetSchoolQuery(schoolId), cancellationToken);
        var summary = new AccreditationSummary
        {
            SchoolId = schoolId,
            SchoolName = school.Name,
            StrandKey = badge.Key,
            StrandName = badge.Name,
            StartedAt = clock.GetUtcNow(),
            StartedBy = access.UserName,
        };
        summary.Save(string.Empty, string.Empty, string.Empty, access.UserName, clock.GetUtcNow());
        db.Summaries.Add(summary);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ConflictException($"A summary for the {badge.Name} badge was started a moment ago. Continue that one.");
        }

        return summary.Id;
    }

    /// <summary>The expiry of a valid badge not yet in its renewal window (MaxValue: never expires), or null when a summary may start.</summary>
    public static DateOnly? HoldNotDueForRenewal(IEnumerable<Award> awards, AwardRules current, DateOnly today)
    {
        var valid = awards.Where(a => a.IsValidOn(today)).ToList();
        if (valid.Count == 0)
        {
            return null;
        }

        var until = valid.Max(a => a.ExpiresOn ?? DateOnly.MaxValue);
        return until != DateOnly.MaxValue && today >= until.AddMonths(-current.RenewalOpensMonthsBefore) ? null : until;
    }

    public async Task<uint> Handle(SaveSummaryCommand request, CancellationToken cancellationToken)
    {
        var summary = await EditableAsync(request.SummaryId, request.Version, cancellationToken);
        summary.Save(request.ActionsTaken.Trim(), request.OutcomesAchieved.Trim(), request.PupilVoice.Trim(), access.UserName, clock.GetUtcNow());
        await SaveOrConflictAsync(cancellationToken);
        return summary.RowVersion;
    }

    public async Task<Guid> Handle(AddSummaryDocumentCommand request, CancellationToken cancellationToken)
    {
        var summary = await access.SummaryAsync(request.SummaryId, cancellationToken);
        access.EnsureCoordinatorOf(summary.SchoolId);
        summary.EnsureEditable();
        var file = await mediator.Send(new StoreEvidenceFileCommand(summary.SchoolId, SummaryReader.DocumentOwnerType, summary.Id, request.FileName, request.Content), cancellationToken);
        return file.Id;
    }

    public async Task<Unit> Handle(RemoveSummaryDocumentCommand request, CancellationToken cancellationToken)
    {
        var summary = await access.SummaryAsync(request.SummaryId, cancellationToken);
        access.EnsureCoordinatorOf(summary.SchoolId);
        summary.EnsureEditable();
        var file = await mediator.Send(new GetEvidenceFileInfoQuery(request.FileId), cancellationToken);
        if (file.OwnerType != SummaryReader.DocumentOwnerType || file.OwnerId != summary.Id)
        {
            throw new NotFoundException("No document with that id is attached to this summary.");
        }

        return await mediator.Send(new DeleteEvidenceFileCommand(file.Id), cancellationToken);
    }

    public async Task<int> Handle(SendSummaryCommand request, CancellationToken cancellationToken)
    {
        var summary = await EditableAsync(request.SummaryId, request.Version, cancellationToken);
        var prefill = await prefills.ReadAsync(summary.SchoolId, summary.StrandKey, cancellationToken);
        var documents = await reader.DocumentsAsync(summary.Id, cancellationToken);
        var blocking = (await readiness.CheckAsync(summary, prefill, documents.Count, cancellationToken)).Where(r => r.Blocks && !r.Met).ToList();
        if (blocking.Count > 0)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["Readiness"] = blocking.Select(r => r.Text).ToArray() });
        }

        var now = clock.GetUtcNow();
        summary.Send(access.UserName, now);
        db.SummaryVersions.Add(new SummaryVersion
        {
            SummaryId = summary.Id,
            Number = summary.Version,
            ActionsTaken = summary.ActionsTaken,
            OutcomesAchieved = summary.OutcomesAchieved,
            PupilVoice = summary.PupilVoice,
            PrefillJson = JsonSerializer.Serialize(prefill, SnapshotJson.Options),
            DocumentsJson = JsonSerializer.Serialize(documents, SnapshotJson.Options),
            SentAt = now,
            SentBy = access.UserName,
        });
        db.SummaryEntries.Add(new SummaryEntry { SummaryId = summary.Id, Version = summary.Version, Kind = SummaryEntryKind.Sent, Author = access.UserName, At = now });
        await SaveOrConflictAsync(cancellationToken);
        return summary.Version;
    }

    public async Task<Unit> Handle(RespondToSummaryCommand request, CancellationToken cancellationToken)
    {
        var summary = await access.SummaryAsync(request.SummaryId, cancellationToken);
        access.EnsureCoordinatorOf(summary.SchoolId);
        if (summary.Version == 0)
        {
            throw new ConflictException("Send the summary first; the team has nothing to respond to yet.");
        }

        db.SummaryEntries.Add(new SummaryEntry
        {
            SummaryId = summary.Id, Version = summary.Version, Kind = SummaryEntryKind.SchoolResponse, Author = access.UserName, Text = request.Text.Trim(), At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task<AccreditationSummary> EditableAsync(Guid summaryId, uint version, CancellationToken cancellationToken)
    {
        var summary = await access.SummaryAsync(summaryId, cancellationToken, track: true);
        access.EnsureCoordinatorOf(summary.SchoolId);
        summary.EnsureEditable();
        db.Entry(summary).Property(s => s.RowVersion).OriginalValue = version;
        return summary;
    }

    private async Task SaveOrConflictAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("This summary has been changed since you opened it (perhaps in another tab). Your words are still here: check them against the saved summary and save again.");
        }
    }

    private Task<List<Award>> SchoolAwardsAsync(Guid schoolId, string strandKey, CancellationToken cancellationToken) =>
        db.Awards.AsNoTracking().Where(a => a.SchoolId == schoolId && a.Kind == AwardKind.Badge && a.StrandKey == strandKey).ToListAsync(cancellationToken);
}
