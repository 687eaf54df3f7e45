using EqualityMark.Shared.Messaging;

namespace EqualityMark.Accreditation.Features.Credentials;

/// <summary>The award with this verification code as a signed OB 3.0 credential (VC-JWT); refused for a revoked award.</summary>
internal sealed record GetSignedCredentialQuery(string Code) : IQuery<SignedCredentialDto>;

/// <summary>The authority's public signing keys as a JWK Set.</summary>
internal sealed record GetJsonWebKeySetQuery : IQuery<string>;

/// <summary>The authority's OB 3.0 issuer Profile.</summary>
internal sealed record GetIssuerProfileQuery : IQuery<string>;
