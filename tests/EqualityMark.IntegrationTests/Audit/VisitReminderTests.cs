using System.Net.Http.Json;
using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Features.Reminders;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.Shared.Time;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Audit;

/// <summary>Before a booked visit: the co-ordinator is told to send the audit, delegates to finish their parts — once each.</summary>
[Collection(AppTestGroup.Name)]
public sealed class VisitReminderTests(AppFixture app)
{
    [Fact]
    public async Task Reminders_before_a_visit_go_once_to_the_coordinator_and_to_delegates_with_unfinished_parts()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var auditId = (await coordinator.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();
        await coordinator.PostAsJsonAsync($"/api/v1/audits/{auditId}/delegations", new { userId = school.MemberId, strandKey = "race" });
        var visit = new FixedVisit(school.School.Id, UkTime.Today(TimeProvider.System).AddDays(5));

        await RunAsync(visit);
        await RunAsync(visit);

        var toCoordinator = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(school.CoordinatorEmail));
        Assert.Single(toCoordinator, e => e.Subject.Contains("before your visit", StringComparison.Ordinal));
        var toMember = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(school.MemberEmail));
        Assert.Single(toMember, e => e.Subject.Contains("not finished", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_no_visit_booked_there_are_no_visit_reminders()
    {
        var school = await app.CreateAsync(app.Lancashire);
        await RunAsync(new FixedVisit(Guid.NewGuid(), UkTime.Today(TimeProvider.System).AddDays(3)));
        var emails = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(school.CoordinatorEmail));
        Assert.DoesNotContain(emails, e => e.Subject.Contains("visit", StringComparison.Ordinal));
    }

    private async Task RunAsync(INextVisitProvider visits)
    {
        await using var scope = app.Scope(app.Lancashire);
        var handler = ActivatorUtilities.CreateInstance<RunAuditRemindersHandler>(scope.ServiceProvider, (IEnumerable<INextVisitProvider>)[visits]);
        await handler.Handle(new RunAuditRemindersCommand(), CancellationToken.None);
    }

    private sealed class FixedVisit(Guid schoolId, DateOnly date) : INextVisitProvider
    {
        public Task<IReadOnlyDictionary<Guid, DateOnly>> NextVisitDatesAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<Guid, DateOnly>>(new Dictionary<Guid, DateOnly> { [schoolId] = date });
    }
}
