using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EqualityMark.IntegrationTests.Events;

public static class EventsApi
{
    public static async Task<Guid> CreateMeetingAsync(this HttpClient admin, int capacity, DateTimeOffset startsAt)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/meetings", new
        {
            term = "Spring 2027", title = "Co-ordinators' network meeting", agenda = "Updates; training on the Holistic Diversity strand; sharing",
            startsAt, endsAt = startsAt.AddHours(2), venue = "County Hall, Preston", capacity, bookingDeadline = startsAt.AddDays(-3),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<List<JsonElement>> BookAsync(this HttpClient coordinator, Guid meetingId, params string[] names)
    {
        var response = await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/bookings",
            new { attendees = names.Select(n => new { name = n, email = $"{n.Replace(' ', '.').ToLowerInvariant()}@example.org" }) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }

    public static async Task<HttpResponseMessage> RequestVisitAsync(this HttpClient coordinator, string kind, string focus = "Progress on the race strand") =>
        await coordinator.PostAsJsonAsync("/api/v1/visits", new { kind, focus, proposedDates = "Any Tuesday morning in January" });

    public static async Task<HttpResponseMessage> ConfirmAsync(this HttpClient admin, Guid visitId, Guid advisorId, DateTimeOffset startsAt, int hours = 3) =>
        await admin.PostAsJsonAsync($"/api/v1/visits/{visitId}/confirm", new { advisorId, startsAt, endsAt = startsAt.AddHours(hours) });

    public static async Task<Guid> IdAsync(this HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
