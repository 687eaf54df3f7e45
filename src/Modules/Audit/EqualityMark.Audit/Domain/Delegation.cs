using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

/// <summary>A part of an audit — one element or one strand — given to a member to judge.</summary>
internal sealed class Delegation : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid AuditId { get; init; }

    public Guid UserId { get; init; }

    public required string UserName { get; init; }

    public string? ElementKey { get; init; }

    public string? StrandKey { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }

    public bool Covers(string elementKey, string strandKey) =>
        (ElementKey is null || ElementKey == elementKey) && (StrandKey is null || StrandKey == strandKey);
}
