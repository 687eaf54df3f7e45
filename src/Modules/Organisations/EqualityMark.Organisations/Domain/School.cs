using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Organisations.Domain;

internal sealed class School : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string Name { get; set; }

    public required string Urn { get; init; }

    public SchoolPhase Phase { get; set; }

    public SchoolType Type { get; set; }

    public required string AddressLine1 { get; set; }

    public required string Town { get; set; }

    public required string Postcode { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public SchoolDto ToDto() => new(Id, Name, Urn, Phase, AddressLine1, Town, Postcode, Type);
}
