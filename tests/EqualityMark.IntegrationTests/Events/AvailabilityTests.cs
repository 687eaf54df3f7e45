using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Time;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Events;

/// <summary>Advisors' availability: used when a visit is given to an advisor, changed and removed by its advisor, kept to real dates, and per authority.</summary>
[Collection(AppTestGroup.Name)]
public sealed class AvailabilityTests(AppFixture app)
{
    [Fact]
    public async Task A_visit_is_given_only_to_an_advisor_available_then_in_the_api_and_on_the_page()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var advisorId = await app.CreateAdvisorAsync(app.Lancashire, available: false);
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var visitId = await (await coordinator.RequestVisitAsync("Annual")).IdAsync();
        var day = UkTime.Today(TimeProvider.System).AddDays(30);
        var nine = UkTime.StartOf(day).AddHours(9);

        var refused = await admin.ConfirmAsync(visitId, advisorId, nine);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("AdvisorId")[0].GetString();
        Assert.StartsWith("Avery Advisor is not available on", message, StringComparison.Ordinal);

        // Available in the afternoon only: a morning visit is still refused, on the page too, and the advisor is not offered.
        await app.AddAvailabilityAsync(app.Lancashire, advisorId, UkTime.StartOf(day).AddHours(13), UkTime.StartOf(day).AddHours(17));
        var page = await FormPost.SubmitAsync(admin, $"/visits/{visitId}", new Dictionary<string, string>
        {
            ["Confirm.AdvisorId"] = advisorId.ToString(), ["Confirm.Date.Day"] = day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Confirm.Date.Month"] = day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Confirm.Date.Year"] = day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Confirm.StartTime"] = "09:00", ["Confirm.EndTime"] = "12:00",
        }, "?handler=Confirm");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("href=\"#Confirm_AdvisorId\">Avery Advisor is not available on", html, StringComparison.Ordinal);

        var unavailable = await app.CreateAdvisorAsync(app.Lancashire, available: false);
        var visitPage = await admin.GetStringAsync($"/visits/{visitId}");
        Assert.Contains($"value=\"{advisorId}\"", visitPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{unavailable}\"", visitPage, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await admin.ConfirmAsync(visitId, advisorId, UkTime.StartOf(day).AddHours(13), hours: 3)).StatusCode);
    }

    [Fact]
    public async Task An_advisor_changes_and_removes_their_own_times_and_no_one_elses()
    {
        var (advisor, _) = await SignedInAdvisorAsync();
        var (otherAdvisor, _) = await SignedInAdvisorAsync();
        var admin = await app.SignInAsync("lancashire", "admin");
        var day = UkTime.Today(TimeProvider.System).AddDays(10);
        var slotId = await (await advisor.PostAsJsonAsync("/api/v1/visits/availability", Times(day, 9, 12))).IdAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await otherAdvisor.PutAsJsonAsync($"/api/v1/visits/availability/{slotId}", Times(day, 9, 15))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherAdvisor.DeleteAsync($"/api/v1/visits/availability/{slotId}")).StatusCode);
        var refused = await otherAdvisor.GetAsync($"/visits/availability/{slotId}/remove");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/error/403", refused.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);

        var moved = await advisor.PutAsJsonAsync($"/api/v1/visits/availability/{slotId}", Times(day.AddDays(1), 10, 16));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var slot = await advisor.GetFromJsonAsync<JsonElement>($"/api/v1/visits/availability/{slotId}");
        Assert.Equal(UkTime.StartOf(day.AddDays(1)).AddHours(10), slot.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/visits/availability/{slotId}", Times(day.AddDays(1), 10, 17))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await advisor.DeleteAsync($"/api/v1/visits/availability/{slotId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await advisor.GetAsync($"/api/v1/visits/availability/{slotId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await advisor.DeleteAsync($"/api/v1/visits/availability/{slotId}")).StatusCode);
    }

    [Fact]
    public async Task Times_must_be_real_days_ahead_and_end_on_the_day_they_start()
    {
        var (advisor, _) = await SignedInAdvisorAsync();
        var today = UkTime.Today(TimeProvider.System);

        // The year-one date that used to be kept and listed as "1 January 0001".
        var yearOne = await advisor.PostAsJsonAsync("/api/v1/visits/availability", new { startsAt = "0001-01-01T09:00:00+00:00", endsAt = "9999-12-31T15:00:00+00:00" });
        Assert.Equal(HttpStatusCode.BadRequest, yearOne.StatusCode);
        Assert.Equal("The date must be today or in the future", await FirstErrorAsync(yearOne, "StartsAt"));

        var tooFar = await advisor.PostAsJsonAsync("/api/v1/visits/availability", Times(today.AddYears(3), 9, 12));
        Assert.Equal("The date must be within the next two years", await FirstErrorAsync(tooFar, "StartsAt"));

        var twoDays = await advisor.PostAsJsonAsync("/api/v1/visits/availability",
            new { startsAt = UkTime.StartOf(today.AddDays(3)).AddHours(9), endsAt = UkTime.StartOf(today.AddDays(4)).AddHours(9) });
        Assert.Equal("Your availability must end on the day it starts", await FirstErrorAsync(twoDays, "EndsAt"));

        var missing = await advisor.PostAsJsonAsync("/api/v1/visits/availability", new { });
        Assert.Equal("Enter the date you are available", await FirstErrorAsync(missing, "StartsAt"));

        var page = await FormPost.SubmitAsync(advisor, "/visits/availability", new Dictionary<string, string> { ["Input.From"] = "09:00", ["Input.Until"] = "12:00" });
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#Input_Date\">Enter the date you are available", html, StringComparison.Ordinal);

        var list = await advisor.GetStringAsync("/visits/availability");
        Assert.DoesNotContain("0001", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_authoritys_advisor_cannot_see_change_or_remove_a_time()
    {
        var (advisor, _) = await SignedInAdvisorAsync();
        var slotId = await (await advisor.PostAsJsonAsync("/api/v1/visits/availability", Times(UkTime.Today(TimeProvider.System).AddDays(5), 9, 12))).IdAsync();
        var northdaleAdmin = await app.SignInAsync("northdale", "admin");
        var northdaleAdvisor = await app.SignInAsync("northdale", "advisor");

        foreach (var outsider in new[] { northdaleAdmin, northdaleAdvisor })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/visits/availability/{slotId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PutAsJsonAsync($"/api/v1/visits/availability/{slotId}", Times(UkTime.Today(TimeProvider.System).AddDays(6), 9, 12))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.DeleteAsync($"/api/v1/visits/availability/{slotId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/visits/availability/{slotId}")).StatusCode);
            Assert.DoesNotContain(slotId.ToString(), await outsider.GetStringAsync("/api/v1/visits/availability"), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync($"/api/v1/visits/availability/{slotId}")).StatusCode);
    }

    private async Task<(HttpClient Client, Guid Id)> SignedInAdvisorAsync()
    {
        var id = await app.CreateAdvisorAsync(app.Lancashire, available: false);
        var email = (await app.SendAsync(app.Lancashire, new ListPeopleQuery())).Single(p => p.Id == id).Email;
        return (await app.SignInAsAsync(app.Lancashire, email), id);
    }

    private static object Times(DateOnly day, int from, int until) =>
        new { startsAt = UkTime.StartOf(day).AddHours(from), endsAt = UkTime.StartOf(day).AddHours(until) };

    private static async Task<string?> FirstErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString();
    }
}
