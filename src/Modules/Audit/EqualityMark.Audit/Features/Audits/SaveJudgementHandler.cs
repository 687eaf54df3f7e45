using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Grid;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Audits;

/// <summary>
/// Saves one judgement if nobody else saved it since the person opened it (optimistic concurrency on
/// PostgreSQL's xmin); otherwise 409 with the other person's version. A change of the grid cell is logged; the cell
/// is read once, before the save, and its rating after the save worked out from that read (fewer round trips).
/// </summary>
internal sealed class SaveJudgementHandler(AuditDbContext db, AuditAccess access, GridCalculator grids, TimeProvider clock)
    : IRequestHandler<SaveJudgementCommand, JudgementDto>
{
    public async Task<JudgementDto> Handle(SaveJudgementCommand request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken);
        var judgement = await db.Judgements.SingleOrDefaultAsync(
            j => j.AuditId == audit.Id && j.ItemKey == request.ItemKey && j.StrandKey == request.StrandKey, cancellationToken)
            ?? throw new NotFoundException("This audit has no such item.");
        // The school's co-ordinator may see and judge every part, whatever is delegated to them: no need to read it.
        var own = access.IsCoordinatorOf(audit.SchoolId) ? [] : await access.DelegationsOfCurrentUserAsync(audit.Id, cancellationToken);
        if (!access.CanSee(audit, own, judgement.ElementKey, judgement.StrandKey))
        {
            throw new NotFoundException("This audit has no such item.");
        }

        audit.EnsureEditable();
        if (!access.CanJudge(audit, own, judgement.ElementKey, judgement.StrandKey))
        {
            throw new ForbiddenException("This part of the audit has not been given to you.");
        }

        var cell = await grids.SnapshotAsync(audit, judgement.ElementKey, judgement.StrandKey, cancellationToken);
        var before = cell.Rating;
        db.Entry(judgement).Property(j => j.RowVersion).OriginalValue = request.ExpectedVersion;
        judgement.Rating = request.Rating!.Value;
        judgement.Commentary = request.Commentary?.Trim() ?? string.Empty;
        judgement.EvidenceNotes = request.EvidenceNotes?.Trim() ?? string.Empty;
        judgement.UpdatedBy = access.User.FullName;
        judgement.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesWithoutSavepointAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Judgements.AsNoTracking().SingleAsync(j => j.Id == judgement.Id, cancellationToken);
            throw new ConflictException(
                $"{current.UpdatedBy ?? "Someone"} saved this item after you opened it. Their version is shown; your changes were not saved.",
                ToDto(current, canEdit: true));
        }

        var after = cell.With(judgement.Id, judgement.Rating).Rating;
        if (after != before)
        {
            db.GridCellChanges.Add(new GridCellChange
            {
                AuditId = audit.Id,
                ElementKey = judgement.ElementKey,
                StrandKey = judgement.StrandKey,
                From = before,
                To = after,
                ChangedBy = access.User.FullName ?? "Unknown",
                ChangedAt = clock.GetUtcNow(),
                Reason = Grid.GridChangeReasons.ForJudgement(judgement.ItemKey),
            });
            await db.SaveChangesWithoutSavepointAsync(cancellationToken);
        }

        return ToDto(judgement, canEdit: true);
    }

    public static JudgementDto ToDto(Judgement j, bool canEdit) =>
        new(j.ItemKey, j.StrandKey, j.Rating, j.Commentary, j.EvidenceNotes, j.UpdatedBy, j.UpdatedAt, j.RowVersion, canEdit);
}
