using EqualityMark.Shared.Messaging;

namespace EqualityMark.Accreditation.Features.Certificates;

/// <summary>An award's certificate for the school's own users and the authority's team; anyone else gets "not found".</summary>
internal sealed record GetAwardCertificateQuery(Guid AwardId) : IQuery<CertificateFile>;

/// <summary>The certificate of the award with this verification code, for anyone; none for a revoked award.</summary>
internal sealed record GetPublicCertificateQuery(string Code) : IQuery<CertificateFile>;
