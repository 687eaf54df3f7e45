using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Audits;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Grid;

internal sealed class GridHandler(AuditDbContext db, AuditAccess access, AuditSummaries summaries, GridCalculator grids, TimeProvider clock) :
    IRequestHandler<GetGridQuery, GridPageDto>,
    IRequestHandler<OverrideCellCommand, GridCellDto>
{
    public async Task<GridPageDto> Handle(GetGridQuery request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken);
        if (!GridSharing.IsVisibleTo(access.User, audit.GridSharedAt))
        {
            throw new ForbiddenException(GridSharing.NotSharedMessage);
        }

        var content = await grids.ContentAsync(audit.FrameworkVersionId, cancellationToken);
        var previousAudit = await db.Audits.AsNoTracking()
            .Where(a => a.SchoolId == audit.SchoolId && a.AcademicYear < audit.AcademicYear)
            .OrderByDescending(a => a.AcademicYear).FirstOrDefaultAsync(cancellationToken);
        // This year's grid and last year's (to compare with) in the same queries.
        var both = await grids.GridsWithProgressAsync(previousAudit is null ? [audit] : [audit, previousAudit], cancellationToken);
        var (grid, previous) = (both[0].Grid, previousAudit is null ? null : both[1].Grid);
        var summary = await summaries.ForAsync(audit, both[0].Progress, cancellationToken);
        var isCoordinator = access.IsCoordinatorOf(audit.SchoolId);
        if (!GridSharing.SeesWholeGrid(access.User))
        {
            return new GridPageDto(summary, GridSharing.RatingsOnly(grid),
                previous is null ? null : GridSharing.RatingsOnly(previous), [], new GridHistoryPageDto(1, GridHistory.PageSize, 0), content.Descriptors, content.GridRule, CanOverride: false, CanShare: false, SeesHistory: false);
        }

        var (changes, history) = await GridHistory.PageAsync(db, audit.Id, request.HistoryPage, cancellationToken);
        changes = [.. changes.Select(c => c with { Reason = GridChangeReasons.Describe(c.Reason, content) })];
        return new GridPageDto(summary, grid, previous, changes, history, content.Descriptors, content.GridRule,
            CanOverride: isCoordinator && audit.IsEditable, CanShare: isCoordinator, SeesHistory: true);
    }

    public async Task<GridCellDto> Handle(OverrideCellCommand request, CancellationToken cancellationToken)
    {
        var audit = await access.AuditAsync(request.AuditId, cancellationToken);
        access.EnsureCoordinatorOf(audit.SchoolId);
        audit.EnsureEditable();
        var content = await grids.ContentAsync(audit.FrameworkVersionId, cancellationToken);
        if (content.Element(request.ElementKey) is null || content.Strand(request.StrandKey) is null)
        {
            throw new NotFoundException("The grid has no such cell.");
        }

        if (request.Rating is not null && string.IsNullOrWhiteSpace(request.Rationale))
        {
            throw RequestValidationException.For(nameof(request.Rationale), "Explain why this cell's rating differs from its items' judgements");
        }

        var before = await grids.CellAsync(audit, request.ElementKey, request.StrandKey, cancellationToken);
        var existing = await db.GridOverrides.SingleOrDefaultAsync(
            o => o.AuditId == audit.Id && o.ElementKey == request.ElementKey && o.StrandKey == request.StrandKey, cancellationToken);
        var by = access.User.FullName ?? "Unknown";
        var now = clock.GetUtcNow();
        if (request.Rating is not { } rating)
        {
            if (existing is null)
            {
                // Nothing to remove: the cell and its history stay as they are.
                return (await grids.GridAsync(audit, cancellationToken)).Cells.Single(c => c.ElementKey == request.ElementKey && c.StrandKey == request.StrandKey);
            }

            db.GridOverrides.Remove(existing);
        }
        else if (existing is null)
        {
            db.GridOverrides.Add(new GridOverride { AuditId = audit.Id, ElementKey = request.ElementKey, StrandKey = request.StrandKey, Rating = rating, Rationale = request.Rationale!.Trim(), SetBy = by, SetAt = now });
        }
        else
        {
            (existing.Rating, existing.Rationale, existing.SetBy, existing.SetAt) = (rating, request.Rationale!.Trim(), by, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        var after = await grids.CellAsync(audit, request.ElementKey, request.StrandKey, cancellationToken);
        db.GridCellChanges.Add(new GridCellChange
        {
            AuditId = audit.Id,
            ElementKey = request.ElementKey,
            StrandKey = request.StrandKey,
            From = before,
            To = after,
            ChangedBy = by,
            ChangedAt = now,
            Reason = request.Rating is null ? "Override removed" : $"Override: {request.Rationale!.Trim()}",
        });
        await db.SaveChangesAsync(cancellationToken);
        return (await grids.GridAsync(audit, cancellationToken)).Cells.Single(c => c.ElementKey == request.ElementKey && c.StrandKey == request.StrandKey);
    }
}
