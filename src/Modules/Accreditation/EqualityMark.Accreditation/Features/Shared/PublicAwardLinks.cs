using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;

namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>The authority's public addresses for its awards: the site, each award's verify page, the issuer profile and its keys.</summary>
internal sealed class PublicAwardLinks(ITenantContext tenant, ITenantLinks links)
{
    public string Site => For(string.Empty);

    public string Issuer => For("/issuer");

    public string Jwks => For("/.well-known/jwks.json");

    public string Verify(string verificationCode) => For($"/verify/{verificationCode}");

    /// <summary>OB 3.0 wants the JOSE "kid" to be a URI that dereferences to the public key: the key's entry in the JWKS.</summary>
    public string KeyUri(string keyId) => $"{Jwks}#{keyId}";

    private string For(string path) => links.For(tenant.Tenant?.Code ?? string.Empty, path);
}
