using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.IntegrationTests.Events;

namespace EqualityMark.IntegrationTests.Concurrency;

/// <summary>Visits and bookings changed at once: exactly one request wins, the others are refused (ADR 0029).</summary>
[Collection(AppTestGroup.Name)]
public sealed class EventsTransitionRaceTests(AppFixture app)
{
    [Fact]
    public async Task Confirming_overlapping_visits_for_one_advisor_at_once_confirms_one()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var advisor = await app.CreateAdvisorAsync(app.Lancashire);
        var visits = new List<Guid>();
        for (var i = 0; i < AtOnce.Requests; i++)
        {
            var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
            visits.Add(await (await (await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail)).RequestVisitAsync("Annual")).IdAsync());
        }

        var when = VisitTests.Future(90, 9);
        AtOnce.AssertOneWinner(await AtOnce.SendAsync(i => admin.ConfirmAsync(visits[i], advisor, when.AddMinutes(15 * i))));

        var all = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/visits");
        Assert.Single(all!, v => v.GetProperty("advisorId").ValueKind == JsonValueKind.String && v.GetProperty("advisorId").GetGuid() == advisor
            && v.GetProperty("status").GetString() == "Confirmed");
    }

    [Fact]
    public async Task Requesting_visits_at_once_never_goes_past_the_packages_allowance()
    {
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);

        var statuses = await AtOnce.SendAsync(() => coordinator.RequestVisitAsync("Annual"));

        // The losers get the answer a request made afterwards gets: the allowance is used or already requested.
        Assert.Equal([HttpStatusCode.OK, .. Enumerable.Repeat(HttpStatusCode.BadRequest, AtOnce.Requests - 1)], statuses);
        var visits = await coordinator.GetFromJsonAsync<JsonElement[]>("/api/v1/visits");
        Assert.Single(visits!, v => v.GetProperty("kind").GetString() == "Annual");
    }

    [Fact]
    public async Task Cancelling_a_visit_at_once_cancels_it_once()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var visit = await (await coordinator.RequestVisitAsync("Annual")).IdAsync();
        await admin.ConfirmAsync(visit, await app.CreateAdvisorAsync(app.Lancashire), VisitTests.Future(95, 9));

        AtOnce.AssertOneWinner(await AtOnce.SendAsync(() => coordinator.PostAsync($"/api/v1/visits/{visit}/cancel", null)));
    }

    [Fact]
    public async Task Cancelling_a_booking_at_once_cancels_it_once_and_frees_one_place()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meeting = await admin.CreateMeetingAsync(capacity: 1, VisitTests.Future(50, 10));
        var first = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var second = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var firstCoordinator = await app.SignInAsAsync(app.Lancashire, first.CoordinatorEmail);
        var booking = (await firstCoordinator.BookAsync(meeting, "Ada Booked")).Single().GetProperty("id").GetGuid();
        var waiting = (await (await app.SignInAsAsync(app.Lancashire, second.CoordinatorEmail)).BookAsync(meeting, "Ben Waiting")).Single();
        Assert.Equal("Waitlisted", waiting.GetProperty("status").GetString());

        AtOnce.AssertOneWinner(await AtOnce.SendAsync(() => firstCoordinator.PostAsync($"/api/v1/bookings/{booking}/cancel", null)));

        var ownPlaces = (await firstCoordinator.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}")).GetProperty("yourPlaces").EnumerateArray().ToList();
        Assert.Equal("Cancelled", ownPlaces.Single(b => b.GetProperty("id").GetGuid() == booking).GetProperty("status").GetString());
        var places = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}/bookings")).GetProperty("items").EnumerateArray().ToList();
        Assert.DoesNotContain(places, b => b.GetProperty("id").GetGuid() == booking);
        Assert.Single(places, b => b.GetProperty("status").GetString() == "Booked");
    }

    [Fact]
    public async Task Booking_the_last_places_at_once_never_books_past_the_capacity()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meeting = await admin.CreateMeetingAsync(capacity: 2, VisitTests.Future(55, 10));
        var coordinators = new List<HttpClient>();
        for (var i = 0; i < AtOnce.Requests; i++)
        {
            coordinators.Add(await app.SignInAsAsync(app.Lancashire, (await app.SubscribedAsync(app.Lancashire, "Bronze")).CoordinatorEmail));
        }

        // Over capacity is not an error: the later bookings wait in the list, in order.
        var statuses = await AtOnce.SendAsync(i => coordinators[i].PostAsJsonAsync($"/api/v1/meetings/{meeting}/bookings",
            new { attendees = new[] { new { name = $"Rep {i}", email = $"rep-{i}-{Guid.NewGuid():N}@example.org" } } }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var bookings = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}/bookings")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, bookings.Count(b => b.GetProperty("status").GetString() == "Booked"));
        Assert.Equal(AtOnce.Requests - 2, bookings.Count(b => b.GetProperty("status").GetString() == "Waitlisted"));
    }
}
