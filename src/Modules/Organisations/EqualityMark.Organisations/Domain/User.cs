using EqualityMark.Shared.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace EqualityMark.Organisations.Domain;

/// <summary>A person who signs in to one local authority's site. School roles carry their school.</summary>
internal sealed class User : IdentityUser<Guid>, ITenantOwned
{
    public Guid TenantId { get; private set; }

    public required string FullName { get; set; }

    public required string Role { get; set; }

    public Guid? SchoolId { get; set; }

    public DateTimeOffset InvitedAt { get; init; }

    public DateTimeOffset InvitationExpiresAt { get; set; }

    public DateTimeOffset? ActivatedAt { get; set; }

    public bool IsActivated => ActivatedAt is not null;
}
