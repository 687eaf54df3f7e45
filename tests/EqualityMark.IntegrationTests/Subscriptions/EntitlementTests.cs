using System.Net;
using System.Net.Http.Json;
using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>The contract Events will use: what is left, and using or giving back one unit per reference.</summary>
[Collection(AppTestGroup.Name)]
public sealed class EntitlementTests(AppFixture app)
{
    [Fact]
    public async Task Silver_lets_the_school_choose_inset_or_a_second_visit_but_not_both()
    {
        var subscription = await SubscriptionsTestData.ActiveSubscriptionAsync(app, app.Lancashire, "Silver");
        var school = subscription.SchoolId;
        var afterInset = await app.SendAsync(app.Lancashire, new ConsumeEntitlementCommand(school, EntitlementKind.InsetSession, "booking-1"));
        var choice = afterInset.Balances.Single(b => b.ChoiceGroup is not null);
        Assert.Equal((1, 1, 0), (choice.Quantity, choice.Used, choice.Left!.Value));

        var second = await Assert.ThrowsAsync<ConflictException>(() =>
            app.SendAsync(app.Lancashire, new ConsumeEntitlementCommand(school, EntitlementKind.SecondAdvisoryVisit, "booking-2")));
        Assert.Contains("already used its choice", second.Message);

        var replay = await app.SendAsync(app.Lancashire, new ConsumeEntitlementCommand(school, EntitlementKind.InsetSession, "booking-1"));
        Assert.Equal(1, replay.Balances.Single(b => b.ChoiceGroup is not null).Used);

        var released = await app.SendAsync(app.Lancashire, new ReleaseEntitlementCommand(school, "booking-1"));
        Assert.Equal(1, released.Balances.Single(b => b.ChoiceGroup is not null).Left);
        await app.SendAsync(app.Lancashire, new ReleaseEntitlementCommand(school, "booking-1"));
        var visit = await app.SendAsync(app.Lancashire, new ConsumeEntitlementCommand(school, EntitlementKind.SecondAdvisoryVisit, "booking-2"));
        Assert.Equal(0, visit.Balances.Single(b => b.ChoiceGroup is not null).Left);
    }

    [Fact]
    public async Task Gold_includes_both_and_nothing_left_is_a_conflict_over_the_api()
    {
        var subscription = await SubscriptionsTestData.ActiveSubscriptionAsync(app, app.Lancashire, "Gold");
        var advisor = await app.SignInAsync("lancashire", "advisor");
        var uses = $"/api/v1/schools/{subscription.SchoolId}/entitlements/uses";
        Assert.Equal(HttpStatusCode.OK, (await advisor.PostAsJsonAsync(uses, new { kind = "InsetSession", reference = "b1" }, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await advisor.PostAsJsonAsync(uses, new { kind = "SecondAdvisoryVisit", reference = "b2" }, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await advisor.PostAsJsonAsync(uses, new { kind = "AnnualVisit", reference = "b3" }, Json.Options)).StatusCode);
        var none = await advisor.PostAsJsonAsync(uses, new { kind = "AnnualVisit", reference = "b4" }, Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await advisor.PostAsJsonAsync(uses, new { kind = "DocumentationAccess", reference = "b5" }, Json.Options)).StatusCode);

        var left = await advisor.GetFromJsonAsync<SchoolEntitlementsDto>($"/api/v1/schools/{subscription.SchoolId}/entitlements", Json.Options);
        Assert.All(left!.Balances.Where(b => b.IsCountedPerYear), b => Assert.Equal(0, b.Left));
        Assert.Equal(HttpStatusCode.OK, (await advisor.DeleteAsync($"{uses}/b3")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await advisor.PostAsJsonAsync(uses, new { kind = "AnnualVisit", reference = "b4" }, Json.Options)).StatusCode);
    }

    [Fact]
    public async Task Bronze_has_no_inset_and_an_unpaid_subscription_has_nothing_to_use()
    {
        var active = await SubscriptionsTestData.ActiveSubscriptionAsync(app, app.Lancashire, "Bronze");
        await Assert.ThrowsAsync<ConflictException>(() =>
            app.SendAsync(app.Lancashire, new ConsumeEntitlementCommand(active.SchoolId, EntitlementKind.InsetSession, "x")));

        var unpaid = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Gold");
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(unpaid.SchoolId)));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            app.SendAsync(app.Lancashire, new ConsumeEntitlementCommand(unpaid.SchoolId, EntitlementKind.AnnualVisit, "x")));
    }

    [Fact]
    public async Task Concurrent_bookings_cannot_both_take_the_last_unit()
    {
        var subscription = await SubscriptionsTestData.ActiveSubscriptionAsync(app, app.Lancashire, "Bronze");
        var attempts = Enumerable.Range(0, 6).Select(async i =>
        {
            await using var scope = app.Scope(app.Lancashire);
            try
            {
                await scope.ServiceProvider.GetRequiredService<IMediator>()
                    .Send(new ConsumeEntitlementCommand(subscription.SchoolId, EntitlementKind.AnnualVisit, $"race-{i}"));
                return true;
            }
            catch (ConflictException)
            {
                return false;
            }
        });
        var results = await Task.WhenAll(attempts);
        Assert.Equal(1, results.Count(r => r));
        var balances = await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(subscription.SchoolId));
        Assert.Equal(1, balances.Balances.Single(b => b.Kinds.Contains(EntitlementKind.AnnualVisit)).Used);
    }

    [Fact]
    public async Task A_school_user_cannot_read_or_use_another_schools_entitlements()
    {
        var subscription = await SubscriptionsTestData.ActiveSubscriptionAsync(app, app.Lancashire, "Gold");
        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/schools/{subscription.SchoolId}/entitlements")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync($"/api/v1/schools/{subscription.SchoolId}/entitlements/uses",
            new { kind = "AnnualVisit", reference = "x" }, Json.Options)).StatusCode);
        var northdale = await app.SignInAsync("northdale", "advisor");
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/api/v1/schools/{subscription.SchoolId}/entitlements")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.PostAsJsonAsync($"/api/v1/schools/{subscription.SchoolId}/entitlements/uses",
            new { kind = "AnnualVisit", reference = "x" }, Json.Options)).StatusCode);
    }
}
