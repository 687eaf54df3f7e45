namespace EqualityMark.Shared.Data;

/// <summary>A DbContext whose queries are filtered to the scope's tenant (Guid.Empty = none, so no rows).</summary>
public interface ITenantScopedDbContext
{
    Guid CurrentTenantId { get; }
}
