using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Shared.Time;

namespace EqualityMark.IntegrationTests.ActionPlanning;

/// <summary>Evidence files: checked from their content, served as attachments only to people who may see what they belong to.</summary>
[Collection(AppTestGroup.Name)]
public sealed class EvidenceTests(AppFixture app)
{
    [Fact]
    public async Task A_pdf_is_stored_and_downloaded_as_an_attachment_by_those_who_may_see_it()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        var page = $"/action-plan/objectives/{objectiveId}";

        var upload = await s.Coordinator.UploadAsync(page, "../../etc/Staff survey: results?.PDF", EvidenceUploads.Pdf);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal($"{page}?done=evidence-added", upload.Headers.Location!.OriginalString);
        var file = (await s.Coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/action-plan/objectives/{objectiveId}")).GetProperty("evidence").EnumerateArray().Single();
        Assert.Equal("Staff survey results.pdf", file.GetProperty("fileName").GetString());
        Assert.Equal("application/pdf", file.GetProperty("contentType").GetString());

        var download = await s.Coordinator.GetAsync(file.GetProperty("downloadPath").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(EvidenceUploads.Pdf, await download.Content.ReadAsByteArrayAsync());

        var advisor = await app.SignInAsync("lancashire", "advisor");
        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync(file.GetProperty("downloadPath").GetString())).StatusCode);
        var otherSchool = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync(file.GetProperty("downloadPath").GetString())).StatusCode);
        var otherAuthority = await app.SignInAsync("northdale", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await otherAuthority.GetAsync(file.GetProperty("downloadPath").GetString())).StatusCode);
        var member = await app.SignInAsAsync(app.Lancashire, s.School.MemberEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(file.GetProperty("downloadPath").GetString())).StatusCode);
    }

    [Theory]
    [InlineData("empty.pdf", "empty", "The selected file is empty")]
    [InlineData("setup.pdf", "program", "The selected file is a program, not a document")]
    [InlineData("photo.pdf", "png", "The selected file is a PNG image but its name ends differently")]
    [InlineData("notes.txt", "text", "The selected file must be a PDF, Word, Excel, PowerPoint, PNG or JPEG file")]
    [InlineData("macros.docx", "macros", "The selected file contains macros")]
    [InlineData("huge.pdf", "huge", "The selected file must be smaller than 20 MB")]
    public async Task Files_that_are_not_acceptable_are_refused_with_a_clear_message(string name, string kind, string message)
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        var content = kind switch
        {
            "empty" => [],
            "program" => EvidenceUploads.WindowsProgram,
            "png" => EvidenceUploads.Png,
            "text" => "just some text"u8.ToArray(),
            "macros" => EvidenceUploads.OfficeFile("word/document.xml", "word/vbaProject.bin"),
            _ => [.. EvidenceUploads.Pdf, .. new byte[20 * 1024 * 1024]],
        };

        var response = await s.Coordinator.UploadAsync($"/action-plan/objectives/{objectiveId}", name, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("href=\"#File\"", html, StringComparison.Ordinal);
        Assert.Empty((await s.Coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/action-plan/objectives/{objectiveId}")).GetProperty("evidence").EnumerateArray());
    }

    [Fact]
    public async Task Office_files_are_told_apart_from_their_parts_and_an_action_owner_uploads_to_their_action()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        var action = await s.CreateActionAsync(objectiveId, s.School.MemberId, UkTime.Today(TimeProvider.System), UkTime.Today(TimeProvider.System).AddDays(9));
        var member = await app.SignInAsAsync(app.Lancashire, s.School.MemberEmail);
        var page = $"/action-plan/actions/{action.GetProperty("id").GetGuid()}";

        Assert.Equal(HttpStatusCode.Redirect, (await member.UploadAsync(page, "Training register.xlsx", EvidenceUploads.OfficeFile("xl/workbook.xml"))).StatusCode);
        var wrong = await (await member.UploadAsync(page, "Slides.docx", EvidenceUploads.OfficeFile("ppt/presentation.xml"))).Content.ReadAsStringAsync();
        Assert.Contains("is a PowerPoint presentation but its name ends differently", wrong, StringComparison.Ordinal);

        var files = (await member.GetFromJsonAsync<JsonElement>($"/api/v1/action-plan/actions/{action.GetProperty("id").GetGuid()}")).GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Assert.Single(files).GetProperty("contentType").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await member.UploadAsync($"/action-plan/objectives/{objectiveId}", "x.pdf", EvidenceUploads.Pdf)).StatusCode);
    }
}
