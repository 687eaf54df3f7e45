using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Features.Statement;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Shared.Time;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.ActionPlanning;

/// <summary>Co-ordinators hear about a published statement's review dates 60, 30 and 7 days before — once each.</summary>
[Collection(AppTestGroup.Name)]
public sealed class StatementReminderTests(AppFixture app)
{
    private const string ObjectivesSubject = "review your equality objectives";

    [Fact]
    public async Task Review_reminders_go_once_at_60_30_and_7_days_however_often_the_job_runs()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var objective = await app.AddObjectiveAsync(app.Lancashire, school.School.Id, "Reduce prejudice-related incidents", "Train lunchtime staff");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var approved = UkTime.Today(TimeProvider.System).AddDays(-10);
        var objectivesReview = approved.AddYears(2);
        var informationReview = approved.AddDays(360);
        var saved = await coordinator.SaveDraftAsync(0, approved, objectivesReview, informationReview, [objective]);
        Assert.Equal(System.Net.HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await coordinator.PostAsync("/api/v1/equality-statement/publish", null)).StatusCode);

        await RunOnAsync(objectivesReview.AddDays(-61));
        Assert.Equal(0, await CountAsync(school.CoordinatorEmail, ObjectivesSubject));
        await RunOnAsync(objectivesReview.AddDays(-60));
        await RunOnAsync(objectivesReview.AddDays(-60));
        await RunOnAsync(objectivesReview.AddDays(-45));
        Assert.Equal(1, await CountAsync(school.CoordinatorEmail, ObjectivesSubject));
        await RunOnAsync(objectivesReview.AddDays(-30));
        await RunOnAsync(objectivesReview.AddDays(-29));
        Assert.Equal(2, await CountAsync(school.CoordinatorEmail, ObjectivesSubject));
        await RunOnAsync(objectivesReview.AddDays(-7));
        await RunOnAsync(objectivesReview.AddDays(-7));
        await RunOnAsync(objectivesReview.AddDays(-1));
        Assert.Equal(3, await CountAsync(school.CoordinatorEmail, ObjectivesSubject));
        Assert.Equal(0, await CountAsync(school.MemberEmail, ObjectivesSubject));
    }

    [Fact]
    public async Task The_information_update_is_reminded_separately_and_a_late_first_run_sends_only_the_nearest_reminder()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var objective = await app.AddObjectiveAsync(app.Lancashire, school.School.Id, "Widen access to clubs", "Survey club take-up");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var approved = UkTime.Today(TimeProvider.System).AddDays(-10);
        var informationReview = approved.AddDays(300);
        await coordinator.SaveDraftAsync(0, approved, approved.AddYears(3), informationReview, [objective]);
        await coordinator.PostAsync("/api/v1/equality-statement/publish", null);

        await RunOnAsync(informationReview.AddDays(-20));
        await RunOnAsync(informationReview.AddDays(-20));

        var emails = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(school.CoordinatorEmail));
        var reminder = Assert.Single(emails, e => e.Subject.Contains("update your published equality information", StringComparison.Ordinal));
        Assert.DoesNotContain(emails, e => e.Subject.Contains(ObjectivesSubject, StringComparison.Ordinal));
        Assert.Contains(school.School.Name, reminder.Body, StringComparison.Ordinal);
    }

    private async Task RunOnAsync(DateOnly day)
    {
        var clock = new MovableClock();
        clock.SetDay(day);
        await using var scope = app.Scope(app.Lancashire);
        var handler = ActivatorUtilities.CreateInstance<RunStatementRemindersHandler>(scope.ServiceProvider, (TimeProvider)clock);
        await handler.Handle(new RunStatementRemindersCommand(), CancellationToken.None);
    }

    private async Task<int> CountAsync(string email, string subject) =>
        (await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(email))).Count(e => e.Subject.Contains(subject, StringComparison.Ordinal));
}
