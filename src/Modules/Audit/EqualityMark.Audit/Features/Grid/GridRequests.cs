using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Features.Audits;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Features.Grid;

/// <summary>The grid with one page of its change history (newest first; <see cref="GridHistory.PageSize"/> a page).</summary>
internal sealed record GetGridQuery(Guid AuditId, int HistoryPage = 1) : IQuery<GridPageDto>;

/// <summary>Sets the co-ordinator's own rating for a cell (a rationale is required), or clears it (Rating null).</summary>
internal sealed record OverrideCellCommand(Guid AuditId, string ElementKey, string StrandKey, Rating? Rating, string? Rationale) : ICommand<GridCellDto>;

/// <summary>Shares the summary grid with the school's reference group (Share true) or stops sharing it (false).</summary>
internal sealed record SetGridSharingCommand(Guid AuditId, bool Share) : ICommand<AuditSummaryDto>;
