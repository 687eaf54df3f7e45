using EqualityMark.Shared.Tenancy;

namespace EqualityMark.ActionPlanning.Domain;

/// <summary>One summary grid cell (element × strand) an objective addresses.</summary>
internal sealed class ObjectiveCell : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid ObjectiveId { get; init; }

    public required string ElementKey { get; init; }

    public required string StrandKey { get; init; }
}
