using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Evidence.Domain;

/// <summary>An evidence file's description; its bytes live in the content store.</summary>
internal sealed class EvidenceFile : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public required string OwnerType { get; init; }

    public Guid OwnerId { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Size { get; init; }

    /// <summary>SHA-256 of the content, hex: lets people see two uploads are the same file.</summary>
    public required string Sha256 { get; init; }

    public required string UploadedBy { get; init; }

    public Guid? UploadedByUserId { get; init; }

    public DateTimeOffset UploadedAt { get; init; }
}
