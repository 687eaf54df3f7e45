using EqualityMark.Accreditation.Contracts;

namespace EqualityMark.Accreditation.Features.Verification;

/// <summary>What anyone holding a verification code may read about the award: its live status and who awarded it to whom.</summary>
public sealed record VerifiedAwardDto(
    string VerificationCode,
    AwardKind Kind,
    string Title,
    string SchoolName,
    string SchoolUrn,
    string AuthorityName,
    string ProgrammeName,
    DateOnly AwardedOn,
    DateOnly? ExpiresOn,
    string CertificateNumber,
    AwardStatus Status,
    string StatusLabel,
    DateOnly? RevokedOn);
