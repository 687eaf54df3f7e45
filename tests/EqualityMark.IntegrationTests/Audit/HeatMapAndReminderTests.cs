using EqualityMark.IntegrationTests.Events;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Audit;

[Collection(AppTestGroup.Name)]
public sealed class HeatMapAndReminderTests(AppFixture app)
{
    [Fact]
    public async Task Heat_map_counts_below_the_threshold_are_suppressed()
    {
        var school = await app.CreateAsync(app.Northdale, EqualityMark.Organisations.Contracts.SchoolPhase.ShortStay);
        var coordinator = await app.SignInAsAsync(app.Northdale, school.CoordinatorEmail);
        var auditId = (await coordinator.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();
        foreach (var judgement in (await coordinator.JudgementsAsync(auditId)).Where(j => j.Element == "community"))
        {
            await coordinator.SaveJudgementAsync(auditId, judgement.Item, judgement.Strand, Rating.Red, judgement.Version);
        }

        await coordinator.PostAsync($"/api/v1/audits/{auditId}/submit", null);
        var year = AcademicYear.For(DateTimeOffset.UtcNow);
        var admin = await app.SignInAsync("northdale", "admin");

        var suppressed = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit/heat-map?year={year}&phase=ShortStay", Json.Options);
        var cell = Cell(suppressed, "community", "race");
        Assert.Equal(JsonValueKind.Null, cell.GetProperty("red").ValueKind);
        Assert.Contains("fewer than 5", await admin.GetStringAsync($"/audit/heat-map?year={year}&phase=ShortStay"), StringComparison.Ordinal);

        await using (var scope = app.Scope(app.Northdale))
        {
            await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Settings.ExecuteUpdateAsync(s => s.SetProperty(x => x.SuppressionThreshold, 1));
        }

        try
        {
            var shown = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit/heat-map?year={year}&phase=ShortStay", Json.Options);
            Assert.True(Cell(shown, "community", "race").GetProperty("red").GetInt32() >= 1);
            Assert.True(shown.GetProperty("schoolsIncluded").GetInt32() >= 1);
        }
        finally
        {
            await using var scope = app.Scope(app.Northdale);
            await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Settings.ExecuteUpdateAsync(s => s.SetProperty(x => x.SuppressionThreshold, 5));
        }
    }

    [Fact]
    public async Task The_audit_due_reminder_goes_once_however_often_the_job_runs()
    {
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze"); // only schools with a package are asked for an audit
        await using (var scope = app.Scope(app.Lancashire))
        {
            await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Settings
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.AuditDueMonth, UkTime.Today(TimeProvider.System).Month));
        }

        await app.SendAsync(app.Lancashire, new RunAuditRemindersCommand());
        await app.SendAsync(app.Lancashire, new RunAuditRemindersCommand());

        var emails = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(school.CoordinatorEmail));
        Assert.Single(emails, e => e.Subject.Contains("equality audit is due", StringComparison.Ordinal));
        Assert.Empty(await app.SendAsync(app.Northdale, new ListOutboundEmailsQuery(school.CoordinatorEmail)));
    }

    private static JsonElement Cell(JsonElement map, string element, string strand) =>
        map.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("elementKey").GetString() == element && c.GetProperty("strandKey").GetString() == strand);
}
