using System.Net;
using System.Text;

namespace EqualityMark.IntegrationTests.Accreditation;

[Collection(AppTestGroup.Name)]
public sealed class VerifyTests(AppFixture app)
{
    [Fact]
    public async Task A_valid_award_shows_its_status_school_dates_and_downloads()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var award = await app.AddBadgeAsync(app.Lancashire, school.School);

        var html = await app.Factory.ForTenant("lancashire").GetStringAsync($"/verify/{award.VerificationCode}");

        Assert.Contains(">Valid<", html, StringComparison.Ordinal);
        Assert.Contains($"{school.School.Name} (URN {school.School.Urn})", html, StringComparison.Ordinal);
        Assert.Contains("Race Equality Badge", html, StringComparison.Ordinal);
        Assert.Contains(award.CertificateNumber, html, StringComparison.Ordinal);
        Assert.Contains(app.Lancashire.Name, html, StringComparison.Ordinal);
        Assert.Contains($"/verify/{award.VerificationCode}/certificate.pdf", html, StringComparison.Ordinal);
        Assert.Contains($"/verify/{award.VerificationCode}/credential.jwt", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_award_says_so()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var award = await app.AddBadgeAsync(app.Lancashire, school.School, awardedDaysAgo: 400, validYears: 1);

        var html = await app.Factory.ForTenant("lancashire").GetStringAsync($"/verify/{award.VerificationCode}");

        Assert.Contains(">Expired<", html, StringComparison.Ordinal);
        Assert.Contains("This award expired on", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_award_says_revoked_and_offers_no_certificate_or_credential()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var award = await app.AddBadgeAsync(app.Lancashire, school.School, revoked: true);
        var anonymous = app.Factory.ForTenant("lancashire");

        var html = await anonymous.GetStringAsync($"/verify/{award.VerificationCode}");

        Assert.Contains(">Revoked<", html, StringComparison.Ordinal);
        Assert.Contains("This award was revoked on", html, StringComparison.Ordinal);
        Assert.DoesNotContain("certificate.pdf", html, StringComparison.Ordinal);
        Assert.DoesNotContain("credential.jwt", html, StringComparison.Ordinal);
        var certificate = await anonymous.GetAsync($"/verify/{award.VerificationCode}/certificate.pdf");
        Assert.Equal(HttpStatusCode.Gone, certificate.StatusCode);
        Assert.Contains("This award has been revoked", await certificate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_code_and_another_authoritys_code_are_not_found()
    {
        var school = await app.CreateAsync(app.Northdale);
        var northdaleAward = await app.AddBadgeAsync(app.Northdale, school.School);
        var lancashire = app.Factory.ForTenant("lancashire");

        var unknown = await lancashire.GetAsync("/verify/ZZZZZZZZZZZZ");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Page not found", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await lancashire.GetAsync($"/verify/{northdaleAward.VerificationCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lancashire.GetAsync($"/verify/{northdaleAward.VerificationCode}/certificate.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lancashire.GetAsync($"/verify/{northdaleAward.VerificationCode}/credential.jwt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lancashire.GetAsync($"/api/v1/verify/{northdaleAward.VerificationCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.ForTenant("northdale").GetAsync($"/verify/{northdaleAward.VerificationCode}")).StatusCode);
    }

    [Fact]
    public async Task The_public_certificate_is_a_pdf()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var award = await app.AddBadgeAsync(app.Lancashire, school.School);

        var response = await app.Factory.ForTenant("lancashire").GetAsync($"/verify/{award.VerificationCode}/certificate.pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);
        Assert.Contains(award.CertificateNumber, response.Content.Headers.ContentDisposition?.FileName ?? string.Empty, StringComparison.Ordinal);
    }
}
