namespace EqualityMark.Shared.Tenancy;

/// <summary>A row that belongs to one local authority. Its TenantId is stamped on insert.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
}
