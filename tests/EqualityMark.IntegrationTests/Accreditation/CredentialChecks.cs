using System.Net;
using EqualityMark.Shared.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>What a verifier does with a downloaded credential: fetch the issuer's JWKS over HTTP and check the VC-JWT.</summary>
internal static class CredentialChecks
{
    public static async Task<string> DownloadCredentialAsync(this HttpClient client, string code)
    {
        var response = await client.GetAsync($"/verify/{code}/credential.jwt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jwt", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<TokenValidationResult> ValidateAsync(this AppFixture app, string token, string issuerTenant, string jwksTenant)
    {
        var jwks = new JsonWebKeySet(await app.Factory.ForTenant(jwksTenant).GetStringAsync("/.well-known/jwks.json"));
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = app.Link(issuerTenant, "/issuer"),
            ValidateAudience = false,
            RequireExpirationTime = false,
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });
    }

    public static string Link(this AppFixture app, string tenant, string path) =>
        app.Factory.Services.GetRequiredService<ITenantLinks>().For(tenant, path);

    /// <summary>The same token with one character of its payload changed and the payload encoded again.</summary>
    public static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]);
        var changed = payload.Replace("Equality Badge", "Equality Badgf", StringComparison.Ordinal);
        Assert.NotEqual(payload, changed);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(changed)}.{parts[2]}";
    }
}
