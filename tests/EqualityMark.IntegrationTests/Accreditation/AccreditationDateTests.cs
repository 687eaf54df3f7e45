using System.Globalization;
using System.Net;
using EqualityMark.Accreditation.Features.Review;
using EqualityMark.Accreditation.Features.Summaries;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Shared.Errors;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>Accreditation's date rules on the UK calendar: the school year turns on 1 September, "today" follows the clock changes.</summary>
[Collection(AppTestGroup.Name)]
public sealed class AccreditationDateTests(AppFixture app)
{
    [Theory]
    [InlineData("2027-03-28T23:30:00Z", "2027-03-29")] // 00:30 on 29 March in London, the first night of summer time
    [InlineData("2027-10-31T00:30:00Z", "2027-10-31")] // 00:30 on 31 October in London, after the clocks went back
    public async Task A_visit_on_the_UK_day_that_has_just_begun_is_today_and_the_next_day_is_the_future(string moment, string visitDay)
    {
        var school = await app.CreateAccreditationSchoolAsync(app.Lancashire);
        var id = await school.WriteAndSendAsync();
        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.DecideAsync(id, "accept")).StatusCode);
        var version = (await app.SendAsync(app.Lancashire, new GetSummaryQuery(id))).RowVersion;
        var visitedOn = DateOnly.Parse(visitDay, CultureInfo.InvariantCulture);
        await using var clocked = new ClockedApp(app);
        clocked.Clock.Set(DateTimeOffset.Parse(moment, CultureInfo.InvariantCulture));

        var future = await Assert.ThrowsAsync<RequestValidationException>(() =>
            clocked.SendAsync(app.Lancashire, new RecordOutcomeCommand(id, version, VisitOutcome.Awarded, visitedOn.AddDays(1), null, null)));
        Assert.Contains("VisitedOn", future.Errors.Keys);
        var result = await clocked.SendAsync(app.Lancashire, new RecordOutcomeCommand(id, version, VisitOutcome.Awarded, visitedOn, null, null));
        Assert.Equal(visitedOn, result.Badge!.AwardedOn);
        Assert.Equal(visitedOn.AddYears(3), result.Badge.ExpiresOn);
    }

    [Fact]
    public async Task The_summary_reads_the_new_school_years_audit_from_the_first_minute_of_1_September()
    {
        var school = await app.CreateAccreditationSchoolAsync(app.Lancashire);
        var id = await school.StartAsync();
        await using var clocked = new ClockedApp(app);

        clocked.Clock.Set(new DateTimeOffset(2027, 8, 31, 22, 30, 0, TimeSpan.Zero)); // 23:30 on 31 August in London
        var summer = await clocked.SendAsync(app.Lancashire, new GetSummaryQuery(id));
        Assert.Contains(summer.Readiness, r => r.Text.Contains("2026/27 whole-school audit", StringComparison.Ordinal));
        clocked.Clock.Set(new DateTimeOffset(2027, 8, 31, 23, 30, 0, TimeSpan.Zero)); // 00:30 on 1 September in London
        var autumn = await clocked.SendAsync(app.Lancashire, new GetSummaryQuery(id));
        Assert.Contains(autumn.Readiness, r => r.Text.Contains("2027/28 whole-school audit", StringComparison.Ordinal));
        Assert.Null(autumn.Prefill.ThisYear);
        Assert.Equal(2026, autumn.Prefill.LastYear!.AcademicYear);
    }
}
