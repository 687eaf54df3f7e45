using System.Net;
using System.Net.Http.Json;
using EqualityMark.Evidence.Contracts;
using EqualityMark.IntegrationTests.ActionPlanning;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;

namespace EqualityMark.IntegrationTests.Leaving;

/// <summary>A fresh school with data in most modules: an audit with judgements, an objective, an action and an evidence file.</summary>
public sealed record LeavingSchool(PlanSchool Plan, Guid ObjectiveId, Guid ActionId, byte[] EvidenceBytes, Guid EvidenceId)
{
    public Guid Id => Plan.Id;

    public string Name => Plan.School.School.Name;
}

public static class LeavingSchools
{
    public const string FormulaAction = "=SUM(1,2) \"quoted\"";

    public static async Task<LeavingSchool> CreateLeavingSchoolAsync(this AppFixture app, TenantInfo tenant)
    {
        var plan = await app.CreatePlanSchoolAsync(tenant);
        var today = UkTime.Today(TimeProvider.System);
        var objective = await plan.CreateObjectiveAsync();
        var action = await plan.CreateActionAsync(objective, plan.School.MemberId, today, today.AddDays(30), FormulaAction);
        var actionId = action.GetProperty("id").GetGuid();
        var member = await plan.Coordinator.PostAsJsonAsync($"/api/v1/schools/{plan.Id}/reference-group/members", new { fullName = "Hana Head", category = "SeniorLeadership" });
        Assert.Equal(HttpStatusCode.OK, member.StatusCode);
        var bytes = EvidenceUploads.Pdf.Concat(System.Text.Encoding.ASCII.GetBytes($"% {Guid.NewGuid()}\n")).ToArray();
        var file = await app.SendAsync(tenant, new StoreEvidenceFileCommand(plan.Id, "action", actionId, "training-record.pdf", bytes));
        return new LeavingSchool(plan, objective, actionId, bytes, file.Id);
    }
}
