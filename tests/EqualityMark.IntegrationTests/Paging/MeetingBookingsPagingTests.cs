using System.Net;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.IntegrationTests.Audit;
using EqualityMark.IntegrationTests.Events;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Paging;

/// <summary>
/// A meeting's places come 50 to a page (by school, then representative) on its page and from
/// /api/v1/meetings/{id}/bookings; school users page through their own school's, members their own place.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class MeetingBookingsPagingTests(AppFixture app)
{
    [Fact]
    public async Task Places_come_fifty_to_a_page_and_each_person_pages_through_only_what_they_may_see()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meetingId = await admin.CreateMeetingAsync(capacity: 100, DateTimeOffset.UtcNow.AddDays(40));
        var school = await app.CreateAsync(app.Lancashire);
        await using (var scope = app.Scope(app.Lancashire))
        {
            var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
            for (var i = 0; i < 53; i++)
            {
                db.Bookings.Add(Booking(meetingId, Guid.NewGuid(), $"Booked School {i:D2}", $"Rep {i:D2}", $"rep{i}@example.org", BookingStatus.Booked));
            }

            db.Bookings.Add(Booking(meetingId, Guid.NewGuid(), "Booked School 00", "Gone Rep", "gone@example.org", BookingStatus.Cancelled));
            db.Bookings.Add(Booking(meetingId, school.School.Id, school.School.Name, "Ann Own", "ann.own@example.org", BookingStatus.Booked));
            db.Bookings.Add(Booking(meetingId, school.School.Id, school.School.Name, "Morgan Member", school.MemberEmail.ToUpperInvariant(), BookingStatus.Waitlisted));
            await db.SaveChangesAsync();
        }

        var path = $"/api/v1/meetings/{meetingId}/bookings";
        var second = await admin.GetJsonAsync($"{path}?page=2");
        Assert.Equal(55, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("pages").GetInt32());
        Assert.Equal(
            ["Rep 50", "Rep 51", "Rep 52", "Ann Own", "Morgan Member"],
            second.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("attendeeName").GetString()));
        await PagedApiAssert.RefusesBadPagesAsync(admin, path, pages: 2);

        var page = await admin.GetStringAsync($"/meetings/{meetingId}?page=2");
        Assert.Contains("Showing 51 to 55 of 55 places", page, StringComparison.Ordinal);
        Assert.Contains("Ann Own", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Rep 49", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Gone Rep", page, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"govuk-pagination\" aria-label=\"Pages of places\">", page, StringComparison.Ordinal);
        Assert.Contains("Showing 51 to 55 of 55 places", await admin.GetStringAsync($"/meetings/{meetingId}?page=7"), StringComparison.Ordinal);

        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var ownSchool = await coordinator.GetJsonAsync(path);
        Assert.Equal(2, ownSchool.GetProperty("total").GetInt32());
        Assert.All(ownSchool.GetProperty("items").EnumerateArray(), b => Assert.Equal(school.School.Id, b.GetProperty("schoolId").GetGuid()));
        var member = await app.SignInAsAsync(app.Lancashire, school.MemberEmail);
        var ownPlace = await member.GetJsonAsync(path);
        Assert.Equal("Morgan Member", Assert.Single(ownPlace.GetProperty("items").EnumerateArray()).GetProperty("attendeeName").GetString());
    }

    [Fact]
    public async Task The_meeting_itself_carries_counts_and_the_callers_own_places_never_every_place()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meetingId = await admin.CreateMeetingAsync(capacity: 100, DateTimeOffset.UtcNow.AddDays(42));
        var school = await app.CreateAsync(app.Lancashire);
        Guid othersPlace;
        await using (var scope = app.Scope(app.Lancashire))
        {
            var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
            for (var i = 0; i < 60; i++)
            {
                db.Bookings.Add(Booking(meetingId, Guid.NewGuid(), $"Other School {i:D2}", $"Rep {i:D2}", $"rep{i}@example.org", BookingStatus.Booked));
            }

            var other = Booking(meetingId, Guid.NewGuid(), "Other School 99", "Ola Other", "ola@example.org", BookingStatus.Waitlisted);
            db.Bookings.Add(other);
            db.Bookings.Add(Booking(meetingId, school.School.Id, school.School.Name, "Ann Own", "ann.own@example.org", BookingStatus.Booked));
            db.Bookings.Add(Booking(meetingId, school.School.Id, school.School.Name, "Cy Gone", "cy.gone@example.org", BookingStatus.Cancelled));
            await db.SaveChangesAsync();
            othersPlace = other.Id;
        }

        var staffView = await admin.GetJsonAsync($"/api/v1/meetings/{meetingId}");
        Assert.Equal(61, staffView.GetProperty("meeting").GetProperty("booked").GetInt32());
        Assert.Equal(1, staffView.GetProperty("meeting").GetProperty("waitlisted").GetInt32());
        Assert.Empty(staffView.GetProperty("yourPlaces").EnumerateArray());

        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var schoolView = await coordinator.GetJsonAsync($"/api/v1/meetings/{meetingId}");
        Assert.Equal(["Ann Own", "Cy Gone"], schoolView.GetProperty("yourPlaces").EnumerateArray().Select(b => b.GetProperty("attendeeName").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/meetings/{meetingId}/places/{othersPlace}/cancel")).StatusCode);
        Assert.Contains("Ola Other", await admin.GetStringAsync($"/meetings/{meetingId}/places/{othersPlace}/cancel"), StringComparison.Ordinal);

        var csv = await admin.GetStringAsync($"/api/v1/meetings/{meetingId}/attendance.csv");
        Assert.Equal(1 + 62, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("Cy Gone", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_authority_finds_no_meeting_and_no_places()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meetingId = await admin.CreateMeetingAsync(capacity: 5, DateTimeOffset.UtcNow.AddDays(41));
        var northdale = await app.SignInAsync("northdale", "admin");

        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/api/v1/meetings/{meetingId}/bookings")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/api/v1/meetings/{meetingId}/bookings?page=2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/meetings/{meetingId}?page=2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/api/v1/meetings/{meetingId}/attendance.csv")).StatusCode);
    }

    private static MeetingBooking Booking(Guid meetingId, Guid schoolId, string schoolName, string name, string email, BookingStatus status) => new()
    {
        MeetingId = meetingId, GroupId = Guid.NewGuid(), SchoolId = schoolId, SchoolName = schoolName, AttendeeName = name, AttendeeEmail = email,
        SchoolAllowance = 2, Status = status, CreatedAt = DateTimeOffset.UtcNow,
    };
}
