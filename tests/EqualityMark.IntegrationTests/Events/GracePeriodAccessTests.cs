using System.Net;
using EqualityMark.Events.Features.Meetings;
using EqualityMark.Events.Features.Visits;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Time;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Events;

/// <summary>
/// Access across 1 September (ADR 0019): an ended year stays usable through its grace period, and a renewal whose
/// invoice is issued gives the new year's bookings before it is paid — with the clock moved over the year boundary.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class GracePeriodAccessTests(AppFixture app)
{
    private const int GraceDays = 30; // the authority's default

    [Fact]
    public async Task An_ended_year_stays_usable_through_its_grace_period_from_midnight_on_1_September_and_not_a_day_after()
    {
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var year = await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id));
        await using var clocked = new ClockedApp(app);

        clocked.Clock.Set(UkTime.StartOf(year.PeriodEnd.AddDays(1)).AddMinutes(30)); // 00:30 on 1 September in London, still 31 August in UTC
        var meeting = await clocked.SendAsync(app.Lancashire, NewMeeting(clocked.Clock.GetUtcNow().AddDays(10)));
        var coordinator = clocked.ForTenant("lancashire");
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(coordinator, school.CoordinatorEmail)).StatusCode);
        var booked = await coordinator.BookAsync(meeting.Id, "Sam Early");
        Assert.Equal("Booked", booked[0].GetProperty("status").GetString());

        var lastDay = year.PeriodEnd.AddDays(GraceDays);
        Assert.Equal(year.SubscriptionId, (await clocked.SendOnAsync(lastDay, app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id))).SubscriptionId);
        await Assert.ThrowsAsync<NotFoundException>(() => clocked.SendOnAsync(lastDay.AddDays(1), app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id)));
    }

    [Fact]
    public async Task In_the_grace_period_the_ended_years_visits_are_not_spent_on_the_new_year()
    {
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var year = await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id));
        await using var clocked = new ClockedApp(app);
        clocked.Clock.SetDay(year.PeriodEnd.AddDays(5));

        var refused = await Assert.ThrowsAsync<NotFoundException>(() => clocked.SendAsync(app.Lancashire,
            new ConsumeEntitlementCommand(school.School.Id, EntitlementKind.AnnualVisit, "visit:grace", year.PeriodEnd.AddDays(20))));
        Assert.Contains($"covering {year.PeriodEnd.AddDays(20):d MMMM yyyy}", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renewal_whose_invoice_is_issued_lets_the_school_book_the_new_year_in_early_September_before_it_is_paid()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var advisor = await app.CreateAdvisorAsync(app.Lancashire);
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var year = await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id));
        await using var clocked = new ClockedApp(app);
        var invoice = await clocked.RenewByInvoiceAsync(app, app.Lancashire, year, daysBeforeEnd: 10);
        var (renewal, dueOn) = (invoice.SubscriptionId, invoice.DueOn);

        clocked.Clock.SetDay(year.PeriodEnd.AddDays(2)); // 2 September, renewal invoice not yet paid
        Assert.Equal(renewal, (await clocked.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id))).SubscriptionId);
        var coordinator = clocked.ForTenant("lancashire");
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(coordinator, school.CoordinatorEmail)).StatusCode);
        var visit = await (await coordinator.RequestVisitAsync("Annual")).IdAsync();
        var starts = new DateTimeOffset(year.PeriodEnd.AddDays(21).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        await clocked.SendAsync(app.Lancashire, new ConfirmVisitCommand(visit, advisor, starts, starts.AddHours(3)));
        var newYear = await clocked.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id));
        Assert.Equal(1, newYear.Balances.Single(b => b.Kinds.Contains(EntitlementKind.AnnualVisit)).Used);

        var lastDay = (dueOn > year.PeriodEnd ? dueOn : year.PeriodEnd).AddDays(GraceDays);
        Assert.Equal(renewal, (await clocked.SendOnAsync(lastDay, app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id))).SubscriptionId);
        await Assert.ThrowsAsync<NotFoundException>(() => clocked.SendOnAsync(lastDay.AddDays(1), app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id)));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/visits/{visit}")).StatusCode);
    }

    [Fact]
    public async Task A_renewal_whose_invoice_was_cancelled_gives_no_new_year_bookings()
    {
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var year = await app.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id));
        await using var clocked = new ClockedApp(app);
        var invoice = await clocked.RenewByInvoiceAsync(app, app.Lancashire, year, daysBeforeEnd: 10);
        await clocked.SendOnAsync(year.PeriodEnd.AddDays(-9), app.Lancashire, new CancelInvoiceCommand(invoice.Id));

        clocked.Clock.SetDay(year.PeriodEnd.AddDays(2));
        Assert.Equal(year.SubscriptionId, (await clocked.SendAsync(app.Lancashire, new GetSchoolEntitlementsQuery(school.School.Id))).SubscriptionId);
        await Assert.ThrowsAsync<NotFoundException>(() => clocked.SendAsync(app.Lancashire,
            new ConsumeEntitlementCommand(school.School.Id, EntitlementKind.AnnualVisit, "visit:cancelled-renewal", year.PeriodEnd.AddDays(20))));
    }

    private static CreateMeetingCommand NewMeeting(DateTimeOffset startsAt) =>
        new("Autumn", "Autumn network meeting", "Welcome back", startsAt, startsAt.AddHours(2), "County Hall, Preston", null, 20, startsAt.AddDays(-1), null);
}
