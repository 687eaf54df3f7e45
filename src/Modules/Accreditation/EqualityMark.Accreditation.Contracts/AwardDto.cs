namespace EqualityMark.Accreditation.Contracts;

/// <summary>A badge or the Mark held (or once held) by a school, with its certificate number and verification code.</summary>
public sealed record AwardDto(
    Guid Id,
    AwardKind Kind,
    string? StrandKey,
    string Title,
    DateOnly AwardedOn,
    DateOnly? ExpiresOn,
    string CertificateNumber,
    string VerificationCode,
    AwardStatus Status);
