namespace EqualityMark.Accreditation.Features.Certificates;

/// <summary>Everything a certificate says, and the absolute link its QR code carries.</summary>
internal sealed record CertificateContent(
    string AuthorityName,
    string ProgrammeName,
    string SchoolName,
    string SchoolUrn,
    string Title,
    bool IsMark,
    DateOnly AwardedOn,
    DateOnly? ExpiresOn,
    string CertificateNumber,
    string VerifyUrl);
