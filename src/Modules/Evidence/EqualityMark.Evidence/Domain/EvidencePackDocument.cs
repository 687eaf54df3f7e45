using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Evidence.Domain;

/// <summary>One file of an evidence pack (the Word document or the PDF), kept until the pack's links expire.</summary>
internal sealed class EvidencePackDocument : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid PackId { get; init; }

    public EvidencePackFormat Format { get; init; }

    public required string FileName { get; init; }

    public required byte[] Content { get; init; }
}
