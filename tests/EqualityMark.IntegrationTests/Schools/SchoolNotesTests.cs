using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Schools;

/// <summary>Staff notes on a school (never seen by the school) and hand-overs on the school's timeline.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SchoolNotesTests(AppFixture app)
{
    [Fact]
    public async Task Staff_keep_notes_on_a_school_that_the_school_never_sees()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var id = school.School.Id;
        var advisor = await app.SignInAsync("lancashire", "advisor");

        var empty = await FormPost.SubmitAsync(advisor, $"/schools/{id}/notes", new Dictionary<string, string> { ["Input.Text"] = "  " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Enter the note", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var added = await FormPost.SubmitAsync(advisor, $"/schools/{id}/notes",
            new Dictionary<string, string> { ["Input.Text"] = "Head phoned: governors will review the objectives in March." });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await advisor.GetStringAsync(added.Headers.Location!.ToString());
        Assert.Contains("Note added", page, StringComparison.Ordinal);
        Assert.Contains("governors will review the objectives", page, StringComparison.Ordinal);

        var admin = await app.SignInAsync("lancashire", "admin");
        var tooLong = await admin.PostAsJsonAsync($"/api/v1/schools/{id}/notes", new { text = new string('x', 4001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Text", out _));
        for (var i = 1; i <= 21; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/v1/schools/{id}/notes", new { text = $"Call {i}" })).StatusCode);
        }

        var second = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{id}/notes?page=2");
        Assert.Equal(22, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("notes").GetArrayLength());
        Assert.Contains("Head phoned", second.GetRawText(), StringComparison.Ordinal);
        foreach (var asked in new[] { "3", "0", "last" })
        {
            var refused = await admin.GetAsync($"/api/v1/schools/{id}/notes?page={asked}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("page", out _));
        }

        var schoolPage = await admin.GetStringAsync($"/schools/{id}");
        Assert.Contains("Call 21", schoolPage, StringComparison.Ordinal);
        Assert.Contains("All 22 notes", schoolPage, StringComparison.Ordinal);

        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        Assert.DoesNotContain("Call 21", await coordinator.GetStringAsync($"/schools/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/api/v1/schools/{id}/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync($"/api/v1/schools/{id}/notes", new { text = "Mine" })).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await coordinator.GetAsync($"/schools/{id}/notes")).StatusCode);

        var northdale = await app.SignInAsync("northdale", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/api/v1/schools/{id}/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.PostAsJsonAsync($"/api/v1/schools/{id}/notes", new { text = "Not yours" })).StatusCode);
        Assert.Equal(22, (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/schools/{id}/notes")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_hand_over_is_on_the_school_timeline_for_staff_and_the_school()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var outgoing = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var done = await FormPost.SubmitAsync(outgoing, "/people/hand-over", new Dictionary<string, string>
        {
            ["Input.To"] = school.MemberId.ToString(), ["Input.Stay"] = "stay",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        const string entry = "Casey Coordinator handed the co-ordinator role to Morgan Member; Casey Coordinator stays in the reference group";
        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Contains(entry, WebUtility.HtmlDecode(await admin.GetStringAsync($"/schools/{school.School.Id}")), StringComparison.Ordinal);
        var incoming = await app.SignInAsAsync(app.Lancashire, school.MemberEmail);
        Assert.Contains(entry, WebUtility.HtmlDecode(await incoming.GetStringAsync($"/schools/{school.School.Id}")), StringComparison.Ordinal);
        var other = await app.CreateAsync(app.Lancashire);
        Assert.DoesNotContain("handed the co-ordinator role", await admin.GetStringAsync($"/schools/{other.School.Id}"), StringComparison.Ordinal);
    }
}
