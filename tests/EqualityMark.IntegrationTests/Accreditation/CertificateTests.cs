using System.Net;
using System.Text;

namespace EqualityMark.IntegrationTests.Accreditation;

[Collection(AppTestGroup.Name)]
public sealed class CertificateTests(AppFixture app)
{
    [Fact]
    public async Task The_school_and_the_authoritys_team_download_the_certificate_as_a_pdf()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var mark = await app.AddMarkAsync(app.Lancashire, school.School);
        var path = $"/accreditation/awards/{mark.Id}/certificate.pdf";

        await AssertPdfAsync(await (await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail)).GetAsync(path));
        await AssertPdfAsync(await (await app.SignInAsAsync(app.Lancashire, school.MemberEmail)).GetAsync(path));
        await AssertPdfAsync(await (await app.SignInAsync("lancashire", "admin")).GetAsync(path));
    }

    [Fact]
    public async Task Another_schools_coordinator_and_another_authority_get_not_found()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var other = await app.CreateAsync(app.Lancashire);
        var award = await app.AddBadgeAsync(app.Lancashire, school.School);
        var path = $"/accreditation/awards/{award.Id}/certificate.pdf";

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsAsync(app.Lancashire, other.CoordinatorEmail)).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("northdale", "admin")).GetAsync(path)).StatusCode);
    }

    private static async Task AssertPdfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);
    }
}
