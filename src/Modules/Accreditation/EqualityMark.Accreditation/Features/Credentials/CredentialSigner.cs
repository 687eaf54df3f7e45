using System.Text.Json.Nodes;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Shared;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EqualityMark.Accreditation.Features.Credentials;

/// <summary>
/// Signs an OpenBadgeCredential as a VC-JWT the way OB 3.0 §8.2 lays it out: JOSE header {alg RS256, kid, typ JWT},
/// where kid is a URI that dereferences to the public key; payload claims iss = issuer.id, jti = id,
/// sub = credentialSubject.id, nbf = validFrom, exp = validUntil (when there is one), iat, and the credential as "vc".
/// </summary>
internal sealed class CredentialSigner(SigningKeyStore keys, PublicAwardLinks links, TimeProvider clock)
{
    public async Task<string> SignAsync(Award award, JsonObject credential, CancellationToken cancellationToken)
    {
        var key = await keys.CurrentAsync(cancellationToken);
        var payload = new JsonObject
        {
            ["iss"] = links.Issuer,
            ["jti"] = credential["id"]!.GetValue<string>(),
            ["sub"] = OpenBadgeCredential.SubjectId(award, links),
            ["nbf"] = OpenBadgeCredential.Start(award.AwardedOn).ToUnixTimeSeconds(),
            ["iat"] = clock.GetUtcNow().ToUnixTimeSeconds(),
            ["vc"] = credential,
        };
        if (award.ExpiresOn is { } expires)
        {
            payload["exp"] = OpenBadgeCredential.Start(expires).ToUnixTimeSeconds();
        }

        using var rsa = keys.PrivateKey(key);

        // No provider cache: the RSA instance lives for this one signature only.
        var credentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = links.KeyUri(key.KeyId) }, SecurityAlgorithms.RsaSha256)
        {
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(payload.ToJsonString(), credentials);
    }
}
