using EqualityMark.Accreditation.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Accreditation.Domain;

/// <summary>
/// A badge or the Mark awarded to a school: dated, possibly expiring, numbered for its certificate and publicly
/// checkable by its verification code. Revocation keeps the row and records who, when and why.
/// </summary>
internal sealed class Award : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public required string SchoolName { get; init; }

    public required string SchoolUrn { get; init; }

    public required string SchoolPhase { get; init; }

    public AwardKind Kind { get; init; }

    /// <summary>The badge's strand; null for the Mark.</summary>
    public string? StrandKey { get; init; }

    /// <summary>What the certificate says was awarded, e.g. "Race Equality Badge".</summary>
    public required string Title { get; init; }

    public DateOnly AwardedOn { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public required string CertificateNumber { get; init; }

    public required string VerificationCode { get; init; }

    /// <summary>The summary that earned a badge (unique, so awarding twice is impossible); null for the Mark.</summary>
    public Guid? SummaryId { get; init; }

    public required string AwardedBy { get; init; }

    public DateTimeOffset AwardedAt { get; init; }

    /// <summary>The school's choice whether this award appears on the public register.</summary>
    public bool ShowOnRegister { get; private set; } = true;

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public string? RevokedReason { get; private set; }

    public uint RowVersion { get; private set; }

    public AwardStatus StatusOn(DateOnly today) =>
        RevokedAt is not null ? AwardStatus.Revoked
        : ExpiresOn is { } expires && expires <= today ? AwardStatus.Expired
        : AwardStatus.Valid;

    public bool IsValidOn(DateOnly today) => StatusOn(today) == AwardStatus.Valid;

    public void SetShowOnRegister(bool show) => ShowOnRegister = show;

    public void Revoke(string reason, string by, DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new ConflictException("This award has already been revoked.");
        }

        (RevokedAt, RevokedBy, RevokedReason) = (now, by, reason);
    }
}
