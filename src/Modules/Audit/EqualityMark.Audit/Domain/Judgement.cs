using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

/// <summary>The rating, commentary and evidence notes for one audit item and one strand.</summary>
internal sealed class Judgement : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid AuditId { get; init; }

    public required string ItemKey { get; init; }

    public required string ElementKey { get; init; }

    public required string StrandKey { get; init; }

    public Rating Rating { get; set; }

    public string Commentary { get; set; } = string.Empty;

    public string EvidenceNotes { get; set; } = string.Empty;

    public string? UpdatedBy { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>PostgreSQL's xmin: a save that did not start from the current version is refused.</summary>
    public uint RowVersion { get; private set; }
}
