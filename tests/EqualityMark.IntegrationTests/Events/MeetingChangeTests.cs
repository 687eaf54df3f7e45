using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.Concurrency;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Events;

/// <summary>Administrators change and cancel meetings: one of two editors wins, everyone booked or waiting is emailed, a cancelled meeting takes no bookings.</summary>
[Collection(AppTestGroup.Name)]
public sealed class MeetingChangeTests(AppFixture app)
{
    [Fact]
    public async Task Moving_a_meeting_emails_everyone_booked_or_waiting_and_a_new_title_alone_does_not()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var startsAt = VisitTests.Future(30, 14);
        var meetingId = await admin.CreateMeetingAsync(capacity: 1, startsAt);
        var (booked, waiting) = (Person("Booked"), Person("Waiting"));
        await BookAsync(meetingId, booked, waiting);

        var meeting = await MeetingAsync(admin, meetingId);
        var retitled = await admin.PutAsJsonAsync($"/api/v1/meetings/{meetingId}", Change(meeting, startsAt, title: "Spring network meeting"));
        Assert.Equal(HttpStatusCode.OK, retitled.StatusCode);
        Assert.Empty(await EmailsAsync(booked, "MeetingChanged"));

        var later = startsAt.AddDays(7);
        var moved = await admin.PutAsJsonAsync($"/api/v1/meetings/{meetingId}", Change(await MeetingAsync(admin, meetingId), later, venue: "Lancaster Town Hall"));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        foreach (var person in new[] { booked, waiting })
        {
            var email = Assert.Single(await EmailsAsync(person, "MeetingChanged"));
            Assert.Contains("Lancaster Town Hall", email.Body, StringComparison.Ordinal);
            Assert.Contains(EqualityMark.Events.Features.Shared.Times.Describe(later), email.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Of_two_people_changing_a_meeting_at_once_one_wins_and_the_other_is_shown_it_as_it_now_is()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var startsAt = VisitTests.Future(30, 14);
        var meetingId = await admin.CreateMeetingAsync(capacity: 10, startsAt);
        var opened = await MeetingAsync(admin, meetingId);

        AtOnce.AssertOneWinner(await AtOnce.SendAsync(i => admin.PutAsJsonAsync($"/api/v1/meetings/{meetingId}", Change(opened, startsAt, title: $"Edit {i}"))));

        var stale = await admin.PutAsJsonAsync($"/api/v1/meetings/{meetingId}", Change(opened, startsAt, title: "Too late"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var now = await MeetingAsync(admin, meetingId);
        Assert.StartsWith("Edit ", now.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(opened.GetProperty("version").GetInt32() + 1, now.GetProperty("version").GetInt32());

        // On the page: the clash keeps what the person typed and shows the meeting as it now is.
        var page = await FormPost.SubmitAsync(admin, $"/meetings/{meetingId}/edit", Form(opened, "Typed by the second editor"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Someone changed this meeting after you opened it", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Typed by the second editor\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"current-meeting\"", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"Version\" value=\"{now.GetProperty("version").GetInt32()}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_meeting_emails_everyone_stays_listed_as_cancelled_and_cannot_be_booked_or_changed()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var startsAt = VisitTests.Future(30, 14);
        var meetingId = await admin.CreateMeetingAsync(capacity: 1, startsAt);
        var (booked, waiting) = (Person("Booked"), Person("Waiting"));
        await BookAsync(meetingId, booked, waiting);
        var opened = await MeetingAsync(admin, meetingId);

        var school = await app.SubscribedAsync(app.Lancashire, "Gold");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/api/v1/meetings/{meetingId}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsJsonAsync($"/api/v1/meetings/{meetingId}", Change(opened, startsAt))).StatusCode);

        AtOnce.AssertOneWinner(await AtOnce.SendAsync(() => admin.PostAsync($"/api/v1/meetings/{meetingId}/cancel", null)));
        foreach (var person in new[] { booked, waiting })
        {
            Assert.Single(await EmailsAsync(person, "MeetingCancelled"));
        }

        Assert.True((await MeetingAsync(admin, meetingId)).GetProperty("cancelled").GetBoolean());
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/meetings");
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("id").GetGuid() == meetingId && m.GetProperty("cancelled").GetBoolean());
        var booking = await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/bookings", new { attendees = new[] { new { name = "Late Comer", email = "late@example.org" } } });
        Assert.Equal(HttpStatusCode.Conflict, booking.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync($"/api/v1/meetings/{meetingId}", Change(opened, startsAt))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/calendar/events/meeting/{meetingId}.ics")).StatusCode);

        var page = await admin.GetStringAsync($"/meetings/{meetingId}");
        Assert.Contains("This meeting has been cancelled", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/meetings/{meetingId}/edit", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Add to your calendar", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_changes_are_field_messages_and_another_authority_finds_no_meeting()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var startsAt = VisitTests.Future(30, 14);
        var meetingId = await admin.CreateMeetingAsync(capacity: 2, startsAt);
        await BookAsync(meetingId, Person("Booked"), Person("Also booked"));
        var opened = await MeetingAsync(admin, meetingId);

        var fewer = await admin.PutAsJsonAsync($"/api/v1/meetings/{meetingId}", Change(opened, startsAt, capacity: 1));
        Assert.Equal(HttpStatusCode.BadRequest, fewer.StatusCode);
        Assert.StartsWith("2 places are booked", (await fewer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("Capacity")[0].GetString(), StringComparison.Ordinal);
        var past = await admin.PutAsJsonAsync($"/api/v1/meetings/{meetingId}", Change(opened, DateTimeOffset.UtcNow.AddDays(-2)));
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.True((await past.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("StartsAt", out _));
        var noVersion = await admin.PutAsJsonAsync($"/api/v1/meetings/{meetingId}", new { term = "Spring 2027", title = "No version" });
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);

        var northdale = await app.SignInAsync("northdale", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.PutAsJsonAsync($"/api/v1/meetings/{meetingId}", Change(opened, startsAt))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.PostAsync($"/api/v1/meetings/{meetingId}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/meetings/{meetingId}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/meetings/{meetingId}/cancel")).StatusCode);
        Assert.False((await MeetingAsync(admin, meetingId)).GetProperty("cancelled").GetBoolean());
    }

    [Fact]
    public async Task The_page_and_the_csv_name_places_and_attendance_with_the_same_words()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meetingId = await admin.CreateMeetingAsync(capacity: 1, VisitTests.Future(30, 14));
        var (booked, waiting) = (Person("Booked"), Person("Waiting"));
        await BookAsync(meetingId, booked, waiting);
        var places = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meetingId}/bookings");
        var bookedId = places.GetProperty("items").EnumerateArray().Single(b => b.GetProperty("attendeeName").GetString() == booked).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/bookings/{bookedId}/attendance", new { attendance = "NoShow" })).StatusCode);

        var page = await admin.GetStringAsync($"/meetings/{meetingId}");
        var csv = await admin.GetStringAsync($"/api/v1/meetings/{meetingId}/attendance.csv");
        Assert.Contains(">Confirmed</strong>", page, StringComparison.Ordinal);
        Assert.Contains(">Waiting list</strong>", page, StringComparison.Ordinal);
        Assert.Contains("selected=\"selected\">No-show</option>", page, StringComparison.Ordinal);
        Assert.Contains($"{booked},{Email(booked)},Confirmed,No-show", csv, StringComparison.Ordinal);
        Assert.Contains($"{waiting},{Email(waiting)},Waiting list,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Booked,", csv.Replace(booked, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Waitlisted", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("NoShow", csv, StringComparison.Ordinal);
    }

    /// <summary>One school books one person (who gets the meeting's one place) and another the next (who waits).</summary>
    private async Task BookAsync(Guid meetingId, string first, string second)
    {
        foreach (var name in new[] { first, second })
        {
            var school = await app.SubscribedAsync(app.Lancashire, "Gold");
            var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
            await coordinator.BookAsync(meetingId, name);
        }
    }

    private static string Person(string role) => $"{role} Rep{RandomNumberGenerator.GetHexString(6).ToLowerInvariant()}";

    private static string Email(string name) => $"{name.Replace(' ', '.').ToLowerInvariant()}@example.org";

    private async Task<List<OutboundEmailDto>> EmailsAsync(string name, string kind) =>
        (await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(Email(name), 500))).Where(e => e.Kind == kind).ToList();

    private static async Task<JsonElement> MeetingAsync(HttpClient admin, Guid meetingId) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meetingId}")).GetProperty("meeting");

    private static object Change(JsonElement meeting, DateTimeOffset startsAt, string? title = null, string? venue = null, int? capacity = null) => new
    {
        version = meeting.GetProperty("version").GetInt32(),
        term = meeting.GetProperty("term").GetString(),
        title = title ?? meeting.GetProperty("title").GetString(),
        agenda = meeting.GetProperty("agenda").GetString(),
        startsAt,
        endsAt = startsAt.AddHours(2),
        venue = venue ?? meeting.GetProperty("venue").GetString(),
        capacity = capacity ?? meeting.GetProperty("capacity").GetInt32(),
        bookingDeadline = startsAt.AddDays(-3),
    };

    private static Dictionary<string, string> Form(JsonElement meeting, string title)
    {
        var starts = EqualityMark.Shared.Time.UkTime.ToLondon(meeting.GetProperty("startsAt").GetDateTimeOffset());
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return new Dictionary<string, string>
        {
            ["Version"] = meeting.GetProperty("version").GetInt32().ToString(invariant),
            ["Input.Term"] = meeting.GetProperty("term").GetString()!,
            ["Input.Title"] = title,
            ["Input.Date.Day"] = starts.Day.ToString(invariant),
            ["Input.Date.Month"] = starts.Month.ToString(invariant),
            ["Input.Date.Year"] = starts.Year.ToString(invariant),
            ["Input.StartTime"] = starts.ToString("HH:mm", invariant),
            ["Input.EndTime"] = starts.AddHours(2).ToString("HH:mm", invariant),
            ["Input.Venue"] = meeting.GetProperty("venue").GetString()!,
            ["Input.Capacity"] = meeting.GetProperty("capacity").GetInt32().ToString(invariant),
            ["Input.BookingDeadline.Day"] = starts.AddDays(-3).Day.ToString(invariant),
            ["Input.BookingDeadline.Month"] = starts.AddDays(-3).Month.ToString(invariant),
            ["Input.BookingDeadline.Year"] = starts.AddDays(-3).Year.ToString(invariant),
        };
    }
}
