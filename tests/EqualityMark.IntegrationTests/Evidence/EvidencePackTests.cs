using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using EqualityMark.Evidence.Data;
using EqualityMark.Evidence.Features.Packs;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.IntegrationTests.ActionPlanning;
using EqualityMark.IntegrationTests.Audit;
using EqualityMark.Organisations.Features.Setup;
using EqualityMark.IntegrationTests.Concurrency;
using EqualityMark.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf.IO;

namespace EqualityMark.IntegrationTests.Evidence;

/// <summary>
/// The evidence pack: asked for once, made in the background, downloaded as Word and PDF with what the school has
/// done; only its co-ordinator and the authority's team can get it; one pack is made at a time; its links expire.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class EvidencePackTests(AppFixture app)
{
    private static readonly DateOnly Today = UkTime.Today(TimeProvider.System);

    [Fact]
    public async Task A_coordinator_gets_a_Word_document_and_a_PDF_of_what_the_school_has_done()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        await s.CreateActionAsync(objectiveId, s.School.MemberId, Today, Today.AddDays(30), "Anti-racism training for all staff");

        var pack = await MakeAsync(s.Coordinator, s.Id);

        var word = await s.Coordinator.GetAsync(pack.GetProperty("wordPath").GetString());
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Content.Headers.ContentType!.MediaType);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            var text = body.InnerText;
            Assert.Contains($"{s.School.School.Name}: equality evidence pack", text, StringComparison.Ordinal);
            Assert.Contains("Leadership, management and governance", text, StringComparison.Ordinal);
            Assert.Contains("Anti-racism training for all staff", text, StringComparison.Ordinal);
            Assert.Contains("Staff understand how racism shows up in school", text, StringComparison.Ordinal);
            Assert.Contains("Equality reference group", text, StringComparison.Ordinal);
            var headingStyles = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.ParagraphStyleId>().Select(p => p.Val!.Value).ToHashSet();
            Assert.Superset(new HashSet<string?> { "Title", "Heading1", "Heading2" }, headingStyles);
            Assert.NotEmpty(body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableHeader>());
        }

        var pdf = await s.Coordinator.GetAsync(pack.GetProperty("pdfPath").GetString());
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using var read = PdfReader.Open(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import);
        Assert.True(read.PageCount >= 2, $"The PDF has {read.PageCount} page(s).");
        Assert.Equal($"{s.School.School.Name}: equality evidence pack", read.Info.Title);
    }

    [Fact]
    public async Task Only_the_schools_coordinator_and_the_authoritys_team_can_see_or_download_a_pack()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var pack = await MakeAsync(s.Coordinator, s.Id);
        var id = pack.GetProperty("id").GetGuid();
        var word = pack.GetProperty("wordPath").GetString();

        var member = await app.SignInAsAsync(app.Lancashire, s.School.MemberEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(word)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/v1/schools/{s.Id}/evidence-packs", null)).StatusCode);

        var otherSchool = await app.CreateAsync(app.Lancashire);
        var otherCoordinator = await app.SignInAsAsync(app.Lancashire, otherSchool.CoordinatorEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.GetAsync($"/api/v1/evidence-packs/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.GetAsync(word)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.PostAsync($"/api/v1/schools/{s.Id}/evidence-packs", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCoordinator.GetAsync($"/evidence-pack/{id}")).StatusCode);

        var otherAuthority = await app.SignInAsync("northdale", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await otherAuthority.GetAsync($"/api/v1/evidence-packs/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAuthority.GetAsync(word)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAuthority.PostAsync($"/api/v1/schools/{s.Id}/evidence-packs", null)).StatusCode);

        var advisor = await app.SignInAsync("lancashire", "advisor");
        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync(word)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Coordinator.GetAsync($"/api/v1/evidence-packs/{id}/documents/exe")).StatusCode);
    }

    [Fact]
    public async Task Of_two_requests_at_once_one_makes_the_pack_and_the_other_is_told_one_is_being_made()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var statuses = await AtOnce.SendAsync(_ => s.Coordinator.PostAsync($"/api/v1/schools/{s.Id}/evidence-packs", null), 2);
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Conflict], statuses);
        var packs = await s.Coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{s.Id}/evidence-packs");
        Assert.Equal(1, packs.GetArrayLength());
    }

    [Fact]
    public async Task An_expired_pack_is_gone_and_the_daily_job_removes_its_documents()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var pack = await MakeAsync(s.Coordinator, s.Id);
        var id = pack.GetProperty("id").GetGuid();
        var word = pack.GetProperty("wordPath").GetString();
        await using (var scope = app.Scope(app.Lancashire))
        {
            var db = scope.ServiceProvider.GetRequiredService<EvidenceDbContext>();
            await db.Packs.Where(p => p.Id == id).ExecuteUpdateAsync(u => u.SetProperty(p => p.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        var gone = await s.Coordinator.GetAsync(word);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("expired", (await gone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        await app.SendAsync(app.Lancashire, new RemoveExpiredEvidencePacksCommand());
        var after = await s.Coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/evidence-packs/{id}");
        Assert.Equal("Expired", after.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("wordPath").ValueKind);
        await using (var scope = app.Scope(app.Lancashire))
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<EvidenceDbContext>().PackDocuments.AnyAsync(d => d.PackId == id));
        }

        Assert.Contains("This evidence pack has expired", await s.Coordinator.GetStringAsync($"/evidence-pack/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pack_carries_the_authoritys_logo_in_both_documents()
    {
        await using var authority = await app.CreateAuthorityAsync();
        await (await app.SignInAsAsync(authority.Tenant, authority.AdminEmail)).PublishFrameworkAsync();
        var logo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        await app.SendAsync(authority.Tenant, new SaveIdentityCommand(
            authority.Tenant.ProgrammeName, "An equality mark for schools.", "equality@example.org", "01772 123456", "#1d70b8", logo, "image/png"));
        var s = await app.CreatePlanSchoolAsync(authority.Tenant);

        var pack = await MakeAsync(s.Coordinator, s.Id);

        var word = await s.Coordinator.GetByteArrayAsync(pack.GetProperty("wordPath").GetString());
        using (var document = WordprocessingDocument.Open(new MemoryStream(word), false))
        {
            var image = Assert.Single(document.MainDocumentPart!.ImageParts);
            Assert.Equal("image/png", image.ContentType);
            var picture = document.MainDocumentPart.Document.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single();
            Assert.Equal($"{authority.Tenant.Name} logo", picture.Description!.Value);
        }

        var pdf = await s.Coordinator.GetByteArrayAsync(pack.GetProperty("pdfPath").GetString());
        using var read = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var firstPage = read.Pages[0].Resources.Elements.GetDictionary("/XObject");
        Assert.NotNull(firstPage);
        Assert.NotEmpty(firstPage.Elements);
    }

    private static async Task<JsonElement> MakeAsync(HttpClient coordinator, Guid schoolId)
    {
        var asked = await coordinator.PostAsync($"/api/v1/schools/{schoolId}/evidence-packs", null);
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var location = asked.Headers.Location!.OriginalString;
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var pack = await coordinator.GetFromJsonAsync<JsonElement>(location);
            var status = pack.GetProperty("status").GetString();
            if (status == "Ready")
            {
                return pack;
            }

            Assert.NotEqual("Failed", status);
            await Task.Delay(500);
        }

        throw new TimeoutException("The evidence pack was not made within a minute.");
    }
}
