using EqualityMark.Audit.Data;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.Grid;

/// <summary>
/// One page of an audit's grid changes, newest first. A busy audit gathers tens of thousands of changes, so the
/// grid never carries the whole history, and its count is kept in a row of its own (<see cref="Domain.GridHistoryTotal"/>): a page out
/// of range shows the last one.
/// </summary>
internal static class GridHistory
{
    public const int PageSize = 50;

    public static async Task<(IReadOnlyList<GridCellChangeDto> Changes, GridHistoryPageDto Page)> PageAsync(
        AuditDbContext db, Guid auditId, int page, CancellationToken cancellationToken)
    {
        var changes = db.GridCellChanges.AsNoTracking().Where(c => c.AuditId == auditId);
        var total = await db.GridHistoryTotals.AsNoTracking().Where(t => t.AuditId == auditId).Select(t => t.Changes).FirstOrDefaultAsync(cancellationToken);
        var shown = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await changes.OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Skip((shown - 1) * PageSize).Take(PageSize)
            .Select(c => new GridCellChangeDto(c.ElementKey, c.StrandKey, c.From, c.To, c.ChangedBy, c.ChangedAt, c.Reason))
            .ToListAsync(cancellationToken);
        return (rows, new GridHistoryPageDto(shown, PageSize, total));
    }
}
