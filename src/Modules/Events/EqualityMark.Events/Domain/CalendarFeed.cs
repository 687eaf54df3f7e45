using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Events.Domain;

/// <summary>A person's private calendar subscription. Only the token's hash is kept; revoking ends the feed.</summary>
internal sealed class CalendarFeed : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid UserId { get; init; }

    public string? Role { get; init; }

    public Guid? SchoolId { get; init; }

    public required string TokenHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }
}
