namespace EqualityMark.Shared.Tenancy;

/// <summary>The local authority whose data this DI scope may touch. Fixed once per scope.</summary>
public interface ITenantContext
{
    TenantInfo? Tenant { get; }

    bool HasTenant => Tenant is not null;

    Guid? TenantId => Tenant?.Id;

    Guid RequiredTenantId => Tenant?.Id ?? throw new TenantIsolationException("No local authority is set for this operation.");
}
