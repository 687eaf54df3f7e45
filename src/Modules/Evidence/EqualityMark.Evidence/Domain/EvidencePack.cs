using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Evidence.Domain;

/// <summary>
/// A school's evidence pack for inspectors and governors, made in the background as a Word document and a PDF. Its
/// download links work until <see cref="ExpiresAt"/>; after that the documents are removed and a new pack is made.
/// </summary>
internal sealed class EvidencePack : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public required string SchoolName { get; init; }

    public EvidencePackStatus Status { get; private set; } = EvidencePackStatus.Queued;

    /// <summary>0 to 100.</summary>
    public int Progress { get; private set; }

    /// <summary>What the background job is doing now, in words.</summary>
    public string Stage { get; private set; } = "Waiting to start";

    public required string RequestedBy { get; init; }

    public Guid? RequestedByUserId { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? ReadyAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public string? Failure { get; private set; }

    public bool IsBeingMade => Status is EvidencePackStatus.Queued or EvidencePackStatus.Building;

    public void Advance(int progress, string stage)
    {
        (Status, Progress, Stage) = (EvidencePackStatus.Building, progress, stage);
    }

    public void Finish(DateTimeOffset now, TimeSpan linksLast)
    {
        (Status, Progress, Stage, ReadyAt, ExpiresAt) = (EvidencePackStatus.Ready, 100, "Ready", now, now + linksLast);
    }

    public void Fail(string reason)
    {
        (Status, Stage, Failure) = (EvidencePackStatus.Failed, "Could not be made", reason);
    }

    public void Expire()
    {
        (Status, Stage) = (EvidencePackStatus.Expired, "Expired");
    }
}
