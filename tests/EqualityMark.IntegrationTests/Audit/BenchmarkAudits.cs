using System.Net;
using System.Net.Http.Json;
using EqualityMark.Audit.Features.Benchmarks;
using EqualityMark.IntegrationTests.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.Audit.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.IntegrationTests.Audit;

/// <summary>Audits sent through the API for the benchmark and heat-map tests: red for community × race or not, green for one leadership item.</summary>
internal static class BenchmarkAudits
{
    /// <summary>
    /// An authority of the test's own, its framework published and counts shown from one school (threshold 1), so small
    /// test numbers are visible; and its administrator, signed in.
    /// </summary>
    public static async Task<(TestAuthority Authority, HttpClient Admin)> AuthorityShowingEveryCountAsync(AppFixture app)
    {
        var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        await admin.PublishFrameworkAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/audit/settings",
            new { suppressionThreshold = 1, auditDueMonth = 10, delegationReminderDays = 14, submissionReminderDays = 21 })).StatusCode);
        return (authority, admin);
    }

    public static async Task<(TestSchool School, Guid AuditId)> SendAsync(AppFixture app, TenantInfo tenant, SchoolPhase phase, bool red)
    {
        var school = await app.CreateAsync(tenant, phase);
        var coordinator = await app.SignInAsAsync(tenant, school.CoordinatorEmail);
        var auditId = (await coordinator.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();
        foreach (var judgement in (await coordinator.JudgementsAsync(auditId)).Where(j => red && j.Element == "community" && j.Strand == "race"))
        {
            await coordinator.SaveJudgementAsync(auditId, judgement.Item, judgement.Strand, Rating.Red, judgement.Version);
        }

        // Sending needs a senior leader in the reference group and at least one judgement (ADR 0031).
        await coordinator.AddSeniorLeaderAsync(school.School.Id);
        var leadership = (await coordinator.JudgementsAsync(auditId)).First(j => j.Element == "leadership");
        await coordinator.SaveJudgementAsync(auditId, leadership.Item, leadership.Strand, Rating.Green, leadership.Version);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/audits/{auditId}/submit", null)).StatusCode);
        return (school, auditId);
    }

    /// <summary>Runs the authority's nightly counts as if it were <paramref name="moment"/>.</summary>
    public static async Task CountAtAsync(AppFixture app, TenantInfo tenant, DateTimeOffset moment)
    {
        var clock = new MovableClock();
        clock.Set(moment);
        await using var scope = app.Scope(tenant);
        var handler = ActivatorUtilities.CreateInstance<ComputeBenchmarkCountsHandler>(scope.ServiceProvider, (TimeProvider)clock);
        await handler.Handle(new ComputeBenchmarkCountsCommand(), CancellationToken.None);
    }

    /// <summary>An audit begun but not sent: it must count nowhere.</summary>
    public static async Task StartOnlyAsync(AppFixture app, TenantInfo tenant, SchoolPhase phase)
    {
        var school = await app.CreateAsync(tenant, phase);
        var coordinator = await app.SignInAsAsync(tenant, school.CoordinatorEmail);
        var auditId = (await coordinator.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();
        var first = (await coordinator.JudgementsAsync(auditId)).First(j => j.Element == "community" && j.Strand == "race");
        await coordinator.SaveJudgementAsync(auditId, first.Item, first.Strand, Rating.Red, first.Version);
    }
}
