using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Accreditation.Data;
using EqualityMark.IntegrationTests.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EqualityMark.IntegrationTests.Accreditation;

[Collection(AppTestGroup.Name)]
public sealed class CredentialTests(AppFixture app)
{
    [Fact]
    public async Task A_downloaded_credential_verifies_with_the_authoritys_published_key_and_a_tampered_one_does_not()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var award = await app.AddBadgeAsync(app.Lancashire, school.School);
        var token = await app.Factory.ForTenant("lancashire").DownloadCredentialAsync(award.VerificationCode);

        var result = await app.ValidateAsync(token, "lancashire", "lancashire");

        Assert.True(result.IsValid, result.Exception?.Message);
        var jwt = new JsonWebToken(token);
        Assert.Equal("RS256", jwt.Alg);
        Assert.Equal("JWT", jwt.Typ);
        Assert.StartsWith(app.Link("lancashire", "/.well-known/jwks.json#"), jwt.Kid, StringComparison.Ordinal);
        Assert.Equal(app.Link("lancashire", $"/verify/{award.VerificationCode}"), jwt.Id);
        var vc = JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.EncodedPayload)).RootElement.GetProperty("vc");
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], vc.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(jwt.Id, vc.GetProperty("id").GetString());
        Assert.Equal(app.Link("lancashire", "/issuer"), vc.GetProperty("issuer").GetProperty("id").GetString());
        Assert.Equal($"{award.AwardedOn:yyyy-MM-dd}T00:00:00Z", vc.GetProperty("validFrom").GetString());
        var subject = vc.GetProperty("credentialSubject");
        Assert.Equal(jwt.Subject, subject.GetProperty("id").GetString());
        Assert.Equal(school.School.Urn, subject.GetProperty("identifier")[0].GetProperty("identityHash").GetString());
        Assert.Equal("Award", subject.GetProperty("achievement").GetProperty("achievementType").GetString());
        Assert.Equal("Race Equality Badge", subject.GetProperty("achievement").GetProperty("name").GetString());

        Assert.False((await app.ValidateAsync(CredentialChecks.Tamper(token), "lancashire", "lancashire")).IsValid);
    }

    [Fact]
    public async Task Another_authoritys_keys_do_not_verify_the_credential()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var award = await app.AddBadgeAsync(app.Lancashire, school.School);
        var token = await app.Factory.ForTenant("lancashire").DownloadCredentialAsync(award.VerificationCode);
        var northdaleSchool = await app.CreateAsync(app.Northdale);
        var northdaleAward = await app.AddBadgeAsync(app.Northdale, northdaleSchool.School);
        await app.Factory.ForTenant("northdale").DownloadCredentialAsync(northdaleAward.VerificationCode);

        Assert.False((await app.ValidateAsync(token, "lancashire", "northdale")).IsValid);
    }

    [Fact]
    public async Task The_jwks_holds_only_public_keys_and_the_issuer_profile_names_the_authority()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var award = await app.AddBadgeAsync(app.Lancashire, school.School);
        var anonymous = app.Factory.ForTenant("lancashire");
        await anonymous.DownloadCredentialAsync(award.VerificationCode);

        var jwks = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");
        Assert.All(jwks.GetProperty("keys").EnumerateArray(), key =>
        {
            Assert.Equal("RSA", key.GetProperty("kty").GetString());
            Assert.False(key.TryGetProperty("d", out _));
            Assert.False(key.TryGetProperty("p", out _));
        });
        var issuer = await anonymous.GetFromJsonAsync<JsonElement>("/issuer");
        Assert.Equal(app.Link("lancashire", "/issuer"), issuer.GetProperty("id").GetString());
        Assert.Equal("Profile", issuer.GetProperty("type")[0].GetString());
        Assert.Equal(app.Lancashire.Name, issuer.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Two_first_downloads_at_once_make_exactly_one_signing_key()
    {
        var authority = await IsolatedAuthority.CreateAsync(app);
        var school = AwardTestData.SchoolOnly();
        var first = await app.AddMarkAsync(authority, school);
        var second = await app.AddBadgeAsync(authority, school);
        var client = app.Factory.ForTenant(authority.Code);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => client.DownloadCredentialAsync(i % 2 == 0 ? first.VerificationCode : second.VerificationCode)));

        await using var scope = app.Scope(authority);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AccreditationDbContext>().SigningKeys.CountAsync());
        foreach (var token in tokens)
        {
            Assert.True((await app.ValidateAsync(token, authority.Code, authority.Code)).IsValid);
        }
    }

    [Fact]
    public async Task A_revoked_awards_credential_is_gone_with_problem_details()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var award = await app.AddBadgeAsync(app.Lancashire, school.School, revoked: true);

        var response = await app.Factory.ForTenant("lancashire").GetAsync($"/verify/{award.VerificationCode}/credential.jwt");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("This award has been revoked.", problem.GetProperty("title").GetString());
    }
}
