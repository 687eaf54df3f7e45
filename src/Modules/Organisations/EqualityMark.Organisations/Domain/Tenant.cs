using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Organisations.Domain;

/// <summary>A local authority running its own mark. The registry of tenants is itself platform-wide.</summary>
[GlobalEntity("The tenant registry: resolving a host name to a tenant happens before any tenant is known.")]
internal sealed class Tenant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Code { get; init; }

    public required string Name { get; set; }

    public required string ProgrammeName { get; set; }

    public required string ContactEmail { get; set; }

    public TenantStatus Status { get; set; } = TenantStatus.Active;

    public DateTimeOffset CreatedAt { get; init; }

    public TenantDto ToDto() => new(Id, Code, Name, ProgrammeName, ContactEmail, Status, CreatedAt);
}
