using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Data;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.IntegrationTests.Events;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Audit;

[Collection(AppTestGroup.Name)]
public sealed class HeatMapAndReminderTests(AppFixture app)
{
    [Fact]
    public async Task Heat_map_withholds_small_counts_and_whatever_would_give_them_away_in_every_view_and_export()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var tenant = authority.Tenant;
        var admin = await app.SignInAsAsync(tenant, authority.AdminEmail);
        await admin.PublishFrameworkAsync();

        // Red for community/race: 2 of 5 primaries, all 6 secondaries, the one special school.
        foreach (var (phase, red) in Enumerable.Repeat((SchoolPhase.Primary, true), 2).Concat(Enumerable.Repeat((SchoolPhase.Primary, false), 3))
                     .Concat(Enumerable.Repeat((SchoolPhase.Secondary, true), 6)).Append((SchoolPhase.Special, true)))
        {
            await BenchmarkAudits.SendAsync(app, tenant, phase, red);
        }

        var year = AcademicYear.For(DateTimeOffset.UtcNow);
        async Task<JsonElement> MapAsync(string? phase) =>
            await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit/heat-map?year={year}" + (phase is null ? "" : $"&phase={phase}"), Json.Options);
        var all = await MapAsync(null);
        var secondary = await MapAsync("Secondary");
        var primary = await MapAsync("Primary");

        // The lone special school would be "all minus the shown phases", so primaries join it and only secondaries show alone.
        Assert.Equal(["Secondary"], all.GetProperty("phasesShown").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(12, all.GetProperty("schoolsIncluded").GetInt32());
        Assert.Equal(JsonValueKind.Null, primary.GetProperty("schoolsIncluded").ValueKind);
        Assert.Empty(primary.GetProperty("cells").EnumerateArray());
        var allRed = Cell(all, "community", "race").GetProperty("red");
        var secondaryRed = Cell(secondary, "community", "race").GetProperty("red");
        Assert.False(allRed.ValueKind == JsonValueKind.Number && secondaryRed.ValueKind == JsonValueKind.Number,
            $"all ({allRed}) minus secondary ({secondaryRed}) would give the 3 other schools' count");

        var page = await admin.GetStringAsync($"/audit/heat-map?year={year}");
        Assert.Contains("not shown", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Secondary\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"Primary\"", page, StringComparison.Ordinal);
        Assert.Contains("is not shown", await admin.GetStringAsync($"/audit/heat-map?year={year}&phase=Special"), StringComparison.Ordinal);

        var csv = await admin.GetStringAsync($"/api/v1/audit/heat-map.csv?year={year}");
        Assert.StartsWith("Element,Strand,Red,Amber,Green", csv, StringComparison.Ordinal);
        Assert.Contains("not shown", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/audit/heat-map.csv?year={year}&phase=Special")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/audit/settings",
            new { suppressionThreshold = 1, auditDueMonth = 10, delegationReminderDays = 14, submissionReminderDays = 21 })).StatusCode);
        var open = await MapAsync(null);
        Assert.Equal(9, Cell(open, "community", "race").GetProperty("red").GetInt32());
        Assert.Equal(3, open.GetProperty("phasesShown").GetArrayLength());
    }

    [Fact]
    public async Task An_audit_returned_changed_and_sent_again_shows_its_new_ratings_on_the_heat_map()
    {
        var (authority, admin) = await BenchmarkAudits.AuthorityShowingEveryCountAsync(app);
        await using var _ = authority;
        var tenant = authority.Tenant;
        var (school, auditId) = await BenchmarkAudits.SendAsync(app, tenant, SchoolPhase.Primary, red: true);
        var year = AcademicYear.For(DateTimeOffset.UtcNow);
        async Task<JsonElement> RaceAsync() =>
            Cell(await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit/heat-map?year={year}", Json.Options), "community", "race");
        Assert.Equal(1, (await RaceAsync()).GetProperty("red").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/audits/{auditId}/return", new { reason = "Look again at race." })).StatusCode);
        var coordinator = await app.SignInAsAsync(tenant, school.CoordinatorEmail);
        foreach (var judgement in (await coordinator.JudgementsAsync(auditId)).Where(j => j.Element == "community" && j.Strand == "race"))
        {
            Assert.Equal(HttpStatusCode.OK, (await coordinator.SaveJudgementAsync(auditId, judgement.Item, judgement.Strand, Rating.Green, judgement.Version)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/audits/{auditId}/submit", null)).StatusCode);
        var race = await RaceAsync();
        Assert.Equal((0, 1), (race.GetProperty("red").GetInt32(), race.GetProperty("green").GetInt32()));
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

        // Two runs at once (two nodes): one records the reminder and queues its email, the other is refused by the
        // reminder's unique key and writes nothing; a third run later finds it sent.
        await Task.WhenAll(RunAuditRemindersQuietlyAsync(), RunAuditRemindersQuietlyAsync());
        await app.SendAsync(app.Lancashire, new RunAuditRemindersCommand());

        var emails = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(school.CoordinatorEmail));
        Assert.Single(emails, e => e.Subject.Contains("equality audit is due", StringComparison.Ordinal));
        Assert.Empty(await app.SendAsync(app.Northdale, new ListOutboundEmailsQuery(school.CoordinatorEmail)));
    }

    private async Task RunAuditRemindersQuietlyAsync()
    {
        try
        {
            await app.SendAsync(app.Lancashire, new RunAuditRemindersCommand());
        }
        catch (DbUpdateException)
        {
        }
    }

    private static JsonElement Cell(JsonElement map, string element, string strand) =>
        map.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("elementKey").GetString() == element && c.GetProperty("strandKey").GetString() == strand);
}
