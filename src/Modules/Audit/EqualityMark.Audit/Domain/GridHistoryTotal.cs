using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

/// <summary>
/// How many grid changes an audit has. A database trigger on grid_cell_changes keeps it, whoever writes the changes,
/// so a page of the history reads one row for its page count instead of counting tens of thousands.
/// </summary>
internal sealed class GridHistoryTotal : ITenantOwned
{
    public Guid AuditId { get; init; }

    public Guid TenantId { get; private set; }

    public int Changes { get; init; }
}
