using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Host.Email.Viewer;

namespace EqualityMark.IntegrationTests.Events;

[Collection(AppTestGroup.Name)]
public sealed class MeetingTests(AppFixture app)
{
    private static readonly string[] ThreeRepresentatives = ["P One", "P Two", "P Three"];

    [Fact]
    public async Task A_full_meeting_waitlists_and_promotes_the_first_waiting_school_when_places_free_up()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meetingId = await admin.CreateMeetingAsync(capacity: 3, DateTimeOffset.UtcNow.AddDays(30));
        var a = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var b = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var c = await app.SubscribedAsync(app.Lancashire, "Silver");
        var clientA = await app.SignInAsAsync(app.Lancashire, a.CoordinatorEmail);
        var clientB = await app.SignInAsAsync(app.Lancashire, b.CoordinatorEmail);
        var clientC = await app.SignInAsAsync(app.Lancashire, c.CoordinatorEmail);

        var bookedA = await clientA.BookAsync(meetingId, "Ann One", "Ann Two");
        var bookedB = await clientB.BookAsync(meetingId, "Ben One", "Ben Two");
        var bookedC = await clientC.BookAsync(meetingId, "Cat One", "Cat Two");
        Assert.All(bookedA, x => Assert.Equal("Booked", x.GetProperty("status").GetString()));
        Assert.All(bookedB, x => Assert.Equal("Waitlisted", x.GetProperty("status").GetString()));
        Assert.All(bookedC, x => Assert.Equal("Waitlisted", x.GetProperty("status").GetString()));

        var meeting = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meetingId}");
        Assert.Equal(2, meeting.GetProperty("meeting").GetProperty("booked").GetInt32());
        Assert.Equal(4, meeting.GetProperty("meeting").GetProperty("waitlisted").GetInt32());

        foreach (var booking in bookedA)
        {
            Assert.Equal(HttpStatusCode.OK, (await clientA.PostAsync($"/api/v1/bookings/{booking.GetProperty("id").GetGuid()}/cancel", null)).StatusCode);
        }

        var afterCancel = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meetingId}/bookings");
        var staffView = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meetingId}");
        Assert.Empty(staffView.GetProperty("yourPlaces").EnumerateArray());
        var statuses = afterCancel.GetProperty("items").EnumerateArray().ToDictionary(x => x.GetProperty("attendeeName").GetString()!, x => x.GetProperty("status").GetString());
        Assert.Equal("Booked", statuses["Ben One"]);
        Assert.Equal("Booked", statuses["Ben Two"]);
        Assert.Equal("Waitlisted", statuses["Cat One"]);
        var promotion = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery("ben.one@example.org"));
        Assert.Contains(promotion, e => e.Subject.StartsWith("You have a place", StringComparison.Ordinal));

        var schoolView = await clientC.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meetingId}");
        var ownPlaces = schoolView.GetProperty("yourPlaces").EnumerateArray().ToList();
        Assert.Equal(bookedC.Count, ownPlaces.Count);
        Assert.All(ownPlaces, x => Assert.Equal(c.School.Id, x.GetProperty("schoolId").GetGuid()));
    }

    [Fact]
    public async Task Attendance_is_taken_exported_and_everyone_booked_can_be_messaged()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meetingId = await admin.CreateMeetingAsync(capacity: 10, DateTimeOffset.UtcNow.AddDays(20));
        var school = await app.SubscribedAsync(app.Lancashire, "Gold");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var booking = (await coordinator.BookAsync(meetingId, "Dee Rep"))[0].GetProperty("id").GetGuid();

        var transferred = await coordinator.PostAsJsonAsync($"/api/v1/bookings/{booking}/transfer", new { attendeeName = "Eve Colleague", attendeeEmail = "eve@example.org" });
        Assert.Equal(HttpStatusCode.OK, transferred.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsJsonAsync($"/api/v1/bookings/{booking}/attendance", new { attendance = "Attended" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/bookings/{booking}/attendance", new { attendance = "Apologies" })).StatusCode);

        var csv = await admin.GetStringAsync($"/api/v1/meetings/{meetingId}/attendance.csv");
        Assert.Contains("Eve Colleague,eve@example.org,Confirmed,Apologies", csv, StringComparison.Ordinal);

        var sent = await admin.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/message", new { subject = "Room change", body = "We are now in Room 2." });
        Assert.Equal("1", await sent.Content.ReadAsStringAsync());
        Assert.Contains(await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery("eve@example.org")), e => e.Subject == "Room change");
    }

    [Fact]
    public async Task Bad_meetings_and_bookings_are_refused_clearly()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var bad = await admin.PostAsJsonAsync("/api/v1/meetings", new { term = "", title = "", capacity = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("Capacity", out _));

        var meetingId = await admin.CreateMeetingAsync(capacity: 5, DateTimeOffset.UtcNow.AddDays(15));
        var unsubscribed = await app.CreateAsync(app.Lancashire);
        var noPackage = await app.SignInAsAsync(app.Lancashire, unsubscribed.CoordinatorEmail);
        var refused = await noPackage.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/bookings", new { attendees = new[] { new { name = "X", email = "x@example.org" } } });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("no active subscription", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var noName = await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/bookings", new { attendees = new[] { new { name = "", email = "nope" } } });
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        // Beyond the package's places a waiting place could never be promoted: refused, with what is left.
        var overQuota = await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/bookings",
            new { attendees = ThreeRepresentatives.Select(n => new { name = n, email = $"{n.Replace(' ', '.')}@example.org" }) });
        Assert.Equal(HttpStatusCode.BadRequest, overQuota.StatusCode);
        Assert.Contains("2 places per school at each network meeting", await overQuota.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(await coordinator.BookAsync(meetingId, "P One", "P Two"), x => Assert.Equal("Booked", x.GetProperty("status").GetString()));
        var third = await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/bookings", new { attendees = new[] { new { name = "P Three", email = "p3@example.org" } } });
        Assert.Contains("can book no more", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_authority_cannot_see_or_book_a_meeting()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meetingId = await admin.CreateMeetingAsync(capacity: 5, DateTimeOffset.UtcNow.AddDays(25));
        var otherAdmin = await app.SignInAsync("northdale", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/api/v1/meetings/{meetingId}")).StatusCode);
        Assert.DoesNotContain((await otherAdmin.GetFromJsonAsync<JsonElement>("/api/v1/meetings")).EnumerateArray(), m => m.GetProperty("id").GetGuid() == meetingId);

        var northdaleSchool = await app.SubscribedAsync(app.Northdale, "Essentials");
        var northdaleCoordinator = await app.SignInAsAsync(app.Northdale, northdaleSchool.CoordinatorEmail);
        var booking = await northdaleCoordinator.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/bookings", new { attendees = new[] { new { name = "X", email = "x@example.org" } } });
        Assert.Equal(HttpStatusCode.NotFound, booking.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/meetings/{meetingId}")).StatusCode);
    }
}
