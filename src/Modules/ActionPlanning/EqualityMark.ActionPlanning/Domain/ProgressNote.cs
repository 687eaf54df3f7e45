using EqualityMark.Shared.Tenancy;

namespace EqualityMark.ActionPlanning.Domain;

/// <summary>A dated, append-only note on an action: who wrote it, when, and what changed with it.</summary>
internal sealed class ProgressNote : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid ActionId { get; init; }

    public required string Text { get; init; }

    /// <summary>What the note changed, e.g. "Status: Not started → In progress". Empty when it changed nothing.</summary>
    public required string Changes { get; init; }

    public required string WrittenBy { get; init; }

    public Guid? WrittenByUserId { get; init; }

    public DateTimeOffset WrittenAt { get; init; }
}
