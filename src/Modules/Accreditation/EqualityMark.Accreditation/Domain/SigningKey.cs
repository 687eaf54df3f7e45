using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Accreditation.Domain;

/// <summary>
/// The authority's RSA key that signs its verifiable awards (VC-JWT, RS256). The public half is published as a JWK;
/// the private half is stored only encrypted by data protection. A retired key stays published so older credentials verify.
/// </summary>
internal sealed class SigningKey : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string KeyId { get; init; }

    public required string PublicJwkJson { get; init; }

    public required string ProtectedPrivateKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RetiredAt { get; set; }
}
