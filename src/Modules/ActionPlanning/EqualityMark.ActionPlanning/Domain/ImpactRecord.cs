using EqualityMark.Shared.Tenancy;

namespace EqualityMark.ActionPlanning.Domain;

/// <summary>Impact of an objective: what changed, for which group of a strand (never named pupils), and a measure before and after.</summary>
internal sealed class ImpactRecord : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid ObjectiveId { get; init; }

    public required string WhatChanged { get; init; }

    public required string StrandKey { get; init; }

    public required string Group { get; init; }

    public string? Measure { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
