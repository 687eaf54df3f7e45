using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

/// <summary>A member of a reference group, optionally linked to the person's account.</summary>
internal sealed class ReferenceGroupMember : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public required string FullName { get; init; }

    public MemberCategory Category { get; init; }

    public Guid? UserId { get; init; }

    public DateTimeOffset AddedAt { get; init; }
}
