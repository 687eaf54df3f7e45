using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Events;

/// <summary>Waiting groups split when the school agrees (ADR 0019): the places free now are held and offered; one answer wins.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SplitOfferTests(AppFixture app)
{
    [Fact]
    public async Task When_one_place_frees_up_for_a_group_of_two_the_coordinator_is_offered_it_and_the_other_keeps_waiting()
    {
        var setup = await OfferedAsync();
        Assert.Contains(await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(setup.Waiting.CoordinatorEmail)),
            e => e.Subject.StartsWith("Some places have come free", StringComparison.Ordinal) && e.Body.Contains($"/meetings/offers/{setup.OfferId}", StringComparison.Ordinal));

        var newcomer = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var newcomerClient = await app.SignInAsAsync(app.Lancashire, newcomer.CoordinatorEmail);
        Assert.Equal("Waitlisted", (await newcomerClient.BookAsync(setup.MeetingId, "Nia Newcomer"))[0].GetProperty("status").GetString()); // the place is held

        var offer = await setup.Coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/offers/{setup.OfferId}");
        Assert.Equal(1, offer.GetProperty("placesFree").GetInt32());
        var both = setup.WaitingIds;
        var tooMany = await setup.Coordinator.PostAsJsonAsync($"/api/v1/meetings/offers/{setup.OfferId}/accept", new { bookingIds = both });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("1 place is free", (await tooMany.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("BookingIds")[0].GetString(), StringComparison.Ordinal);
        var none = await setup.Coordinator.PostAsJsonAsync($"/api/v1/meetings/offers/{setup.OfferId}/accept", new { bookingIds = Array.Empty<Guid>() });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);

        var accepted = await setup.Coordinator.PostAsJsonAsync($"/api/v1/meetings/offers/{setup.OfferId}/accept", new { bookingIds = new[] { both[1] } });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var statuses = await StatusesAsync(setup);
        Assert.Equal("Booked", statuses[both[1]]);
        Assert.Equal("Waitlisted", statuses[both[0]]);
        Assert.Equal(HttpStatusCode.Conflict, (await setup.Coordinator.PostAsJsonAsync($"/api/v1/meetings/offers/{setup.OfferId}/accept", new { bookingIds = new[] { both[0] } })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await setup.Coordinator.PostAsync($"/api/v1/meetings/offers/{setup.OfferId}/decline", null)).StatusCode);
    }

    [Fact]
    public async Task Two_acceptances_at_once_give_one_winner_and_a_409()
    {
        var setup = await OfferedAsync();
        var second = await app.SignInAsAsync(app.Lancashire, setup.Waiting.CoordinatorEmail);

        var answers = await Task.WhenAll(
            setup.Coordinator.PostAsJsonAsync($"/api/v1/meetings/offers/{setup.OfferId}/accept", new { bookingIds = new[] { setup.WaitingIds[0] } }),
            second.PostAsJsonAsync($"/api/v1/meetings/offers/{setup.OfferId}/accept", new { bookingIds = new[] { setup.WaitingIds[1] } }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order().ToArray());
        var statuses = await StatusesAsync(setup);
        Assert.Equal(1, setup.WaitingIds.Count(id => statuses[id] == "Booked"));
    }

    [Fact]
    public async Task A_school_that_keeps_its_group_together_lets_the_place_go_to_the_next_group_and_stays_waiting()
    {
        var setup = await OfferedAsync();
        var next = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var nextClient = await app.SignInAsAsync(app.Lancashire, next.CoordinatorEmail);
        var nextBooking = (await nextClient.BookAsync(setup.MeetingId, "Ola Next"))[0].GetProperty("id").GetGuid();
        var member = await app.SignInAsAsync(app.Lancashire, setup.Waiting.MemberEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/v1/meetings/offers/{setup.OfferId}/decline", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsync($"/api/v1/meetings/offers/{setup.OfferId}/decline", null)).StatusCode);
        var statuses = await StatusesAsync(setup);
        Assert.All(setup.WaitingIds, id => Assert.Equal("Waitlisted", statuses[id]));
        var nextView = await nextClient.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{setup.MeetingId}");
        Assert.Equal("Booked", nextView.GetProperty("yourPlaces").EnumerateArray().Single(b => b.GetProperty("id").GetGuid() == nextBooking).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_coordinator_answers_on_the_offer_page_checks_the_answer_and_sees_a_success_banner()
    {
        var setup = await OfferedAsync();
        var meetingPage = await SubscriptionsTestData.BodyAsync(await setup.Coordinator.GetAsync($"/meetings/{setup.MeetingId}"));
        Assert.Contains($"/meetings/offers/{setup.OfferId}", meetingPage, StringComparison.Ordinal);
        var offerPage = await SubscriptionsTestData.BodyAsync(await setup.Coordinator.GetAsync($"/meetings/offers/{setup.OfferId}"));
        Assert.Contains("Who should take the place?", offerPage, StringComparison.Ordinal);

        var empty = await SubscriptionsTestData.BodyAsync(await setup.Coordinator.GetAsync($"/meetings/offers/{setup.OfferId}/check"));
        Assert.Contains("govuk-error-summary", empty, StringComparison.Ordinal);
        var check = $"/meetings/offers/{setup.OfferId}/check?chosen={setup.WaitingIds[0]}";
        Assert.Contains("Check your answer", await SubscriptionsTestData.BodyAsync(await setup.Coordinator.GetAsync(check)), StringComparison.Ordinal);

        var answered = await FormPost.SubmitAsync(setup.Coordinator, check, new Dictionary<string, string> { ["chosen"] = setup.WaitingIds[0].ToString(), ["decline"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal($"/meetings/{setup.MeetingId}?done=offer-accepted", answered.Headers.Location!.OriginalString);
        var banner = await SubscriptionsTestData.BodyAsync(await setup.Coordinator.GetAsync(answered.Headers.Location.OriginalString));
        Assert.Contains("govuk-notification-banner--success", banner, StringComparison.Ordinal);
        Assert.Contains("Places taken.", banner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_one_of_the_waiting_group_cancels_the_other_fits_and_gets_the_place_and_the_offer_closes()
    {
        var setup = await OfferedAsync();
        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsync($"/api/v1/bookings/{setup.WaitingIds[0]}/cancel", null)).StatusCode);

        var statuses = await StatusesAsync(setup);
        Assert.Equal("Booked", statuses[setup.WaitingIds[1]]);
        var offer = await setup.Coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/offers/{setup.OfferId}");
        Assert.Equal("Withdrawn", offer.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await setup.Coordinator.PostAsJsonAsync($"/api/v1/meetings/offers/{setup.OfferId}/accept", new { bookingIds = new[] { setup.WaitingIds[1] } })).StatusCode);
    }

    [Fact]
    public async Task The_demo_shows_Pendle_Brooks_coordinator_an_offer_of_the_workshop_place_that_came_free()
    {
        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        var workshop = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/meetings")).EnumerateArray()
            .Single(m => m.GetProperty("title").GetString() == "Holistic Diversity strand workshop");
        var details = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{workshop.GetProperty("id").GetGuid()}");
        var offer = details.GetProperty("openOffers").EnumerateArray().Single();
        Assert.Equal("Pendle Brook Primary School", offer.GetProperty("schoolName").GetString());
        var page = await SubscriptionsTestData.BodyAsync(await coordinator.GetAsync($"/meetings/offers/{offer.GetProperty("id").GetGuid()}"));
        Assert.Contains("Who should take the place?", page, StringComparison.Ordinal);
    }

    /// <summary>A two-place meeting: one school fills it, a second school's two representatives wait, one place comes free.</summary>
    private async Task<Offered> OfferedAsync()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meetingId = await admin.CreateMeetingAsync(capacity: 2, DateTimeOffset.UtcNow.AddDays(30));
        var full = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var fullClient = await app.SignInAsAsync(app.Lancashire, full.CoordinatorEmail);
        var first = await fullClient.BookAsync(meetingId, "Fay First", "Fin First");
        var waiting = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, waiting.CoordinatorEmail);
        var waitingIds = (await coordinator.BookAsync(meetingId, "Wyn Waiting", "Wes Waiting")).Select(b => b.GetProperty("id").GetGuid()).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await fullClient.PostAsync($"/api/v1/bookings/{first[0].GetProperty("id").GetGuid()}/cancel", null)).StatusCode);

        var meeting = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meetingId}");
        var offerId = meeting.GetProperty("openOffers").EnumerateArray().Single().GetProperty("id").GetGuid();
        return new Offered(meetingId, waiting, coordinator, waitingIds, offerId);
    }

    private static async Task<Dictionary<Guid, string>> StatusesAsync(Offered setup) =>
        (await setup.Coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{setup.MeetingId}")).GetProperty("yourPlaces").EnumerateArray()
            .ToDictionary(b => b.GetProperty("id").GetGuid(), b => b.GetProperty("status").GetString()!);

    private sealed record Offered(Guid MeetingId, TestSchool Waiting, HttpClient Coordinator, Guid[] WaitingIds, Guid OfferId);
}
