using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.Subscriptions.Domain;

/// <summary>A price band: the school phases that pay the same price (e.g. Secondary, with all-through).</summary>
internal sealed class PhaseBand : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string Name { get; set; }

    public int DisplayOrder { get; set; }

    public List<SchoolPhase> Phases { get; set; } = [];

    /// <summary>PostgreSQL's xmin: two administrators saving the same band, one wins and the other is told (409).</summary>
    public uint RowVersion { get; private set; }

    public PhaseBandDto ToDto() => new(Id, Name, DisplayOrder, Phases.ConvertAll(p => p.ToString()));
}
