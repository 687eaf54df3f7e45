using System.Net;
using EqualityMark.Audit.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.IntegrationTests.Audit;

/// <summary>Audits sent through the API for the benchmark and heat-map tests: red for community × race or not, green for one leadership item.</summary>
internal static class BenchmarkAudits
{
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
