using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Organisations.Domain;

/// <summary>Someone who runs the platform itself and creates local authorities; belongs to no tenant. Their password is in <see cref="OperatorCredential"/>.</summary>
[GlobalEntity("Platform operators work outside every tenant.")]
internal sealed class PlatformOperator
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Email { get; init; }

    public required string FullName { get; set; }
}
