using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.IntegrationTests.Events;
using EqualityMark.IntegrationTests.Subscriptions;

namespace EqualityMark.IntegrationTests.MembersSee;

/// <summary>A reference group member sees and cancels only the meeting places booked for them; the co-ordinator any of the school's (ADR 0029).</summary>
[Collection(AppTestGroup.Name)]
public sealed class MemberBookingTests(AppFixture app)
{
    [Fact]
    public async Task Members_cannot_see_or_cancel_other_peoples_places_and_the_coordinator_can()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meeting = await admin.CreateMeetingAsync(capacity: 20, VisitTests.Future(45, 10));
        var school = await app.SubscribedAsync(app.Lancashire, "Silver");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var member = await app.SignInAsAsync(app.Lancashire, school.MemberEmail);
        var response = await coordinator.PostAsJsonAsync($"/api/v1/meetings/{meeting}/bookings", new
        {
            attendees = new[] { new { name = "Casey Coordinator", email = school.CoordinatorEmail }, new { name = "Morgan Member", email = school.MemberEmail } },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bookings = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        var coordinatorsPlace = bookings.Single(b => b.GetProperty("attendeeEmail").GetString() == school.CoordinatorEmail).GetProperty("id").GetGuid();
        var membersPlace = bookings.Single(b => b.GetProperty("attendeeEmail").GetString() == school.MemberEmail).GetProperty("id").GetGuid();

        var seen = (await member.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meeting}")).GetProperty("yourPlaces").EnumerateArray().ToList();
        Assert.Equal(membersPlace, Assert.Single(seen).GetProperty("id").GetGuid());
        var page = await SubscriptionsTestData.BodyAsync(await member.GetAsync($"/meetings/{meeting}"));
        Assert.DoesNotContain("Casey Coordinator", page, StringComparison.Ordinal);
        Assert.Contains("Cancel<span class=\"govuk-visually-hidden\"> the place of Morgan Member", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/v1/bookings/{coordinatorsPlace}/cancel", null)).StatusCode);
        // The confirmation page for someone else's place is not there for them, so neither is its form.
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/meetings/{meeting}/places/{coordinatorsPlace}/cancel")).StatusCode);
        var membersConfirmation = $"/meetings/{meeting}/places/{membersPlace}/cancel";
        var pagePost = await SubscriptionsTestData.PostFormAsync(member, membersConfirmation, $"/meetings/{meeting}/places/{coordinatorsPlace}/cancel");
        Assert.Equal(HttpStatusCode.NotFound, pagePost.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await member.PostAsync($"/api/v1/bookings/{membersPlace}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/bookings/{coordinatorsPlace}/cancel", null)).StatusCode);
    }
}
