using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Evidence.Domain;

/// <summary>The bytes of one evidence file, in a table of their own so listing files never reads them.</summary>
internal sealed class EvidenceFileContent : ITenantOwned
{
    public Guid FileId { get; init; }

    public Guid TenantId { get; private set; }

    public required byte[] Content { get; init; }
}
