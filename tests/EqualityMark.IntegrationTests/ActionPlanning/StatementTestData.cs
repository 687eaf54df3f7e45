using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.ActionPlanning;

/// <summary>Objectives for a test school (written straight into the plan), and the statement API as a test calls it.</summary>
internal static class StatementTestData
{
    public static async Task<Guid> AddObjectiveAsync(this AppFixture app, TenantInfo tenant, Guid schoolId, string title, string action)
    {
        await using var scope = app.Scope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<ActionPlanningDbContext>();
        var now = DateTimeOffset.UtcNow;
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.SchoolId == schoolId);
        if (plan is null)
        {
            plan = new ActionPlan { SchoolId = schoolId, SchoolName = "Test school", CreatedAt = now, LastUpdatedAt = now };
            db.Plans.Add(plan);
        }

        var today = UkTime.Today(TimeProvider.System);
        var objective = new Objective
        {
            PlanId = plan.Id, SchoolId = schoolId, AcademicYear = AcademicYear.For(today), Title = title,
            SuccessCriteria = "Gaps close year on year", ReviewOn = today.AddMonths(6), CreatedAt = now, CreatedBy = "Test", UpdatedAt = now,
        };
        db.Objectives.Add(objective);
        db.Actions.Add(new PlanAction
        {
            ObjectiveId = objective.Id, SchoolId = schoolId, Description = action, OwnerName = "Casey Coordinator",
            StartOn = today, DueOn = today.AddMonths(3), Status = ActionStatus.InProgress, CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync();
        return objective.Id;
    }

    public static async Task<JsonElement> DraftAsync(this HttpClient client, Guid? school = null)
    {
        var response = await client.GetAsync($"/api/v1/equality-statement{(school is null ? "" : $"?school={school}")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> SaveDraftAsync(
        this HttpClient client, uint version, DateOnly approvedOn, DateOnly objectivesReviewOn, DateOnly informationReviewOn,
        IEnumerable<Guid>? objectiveIds = null, string narrative = "We eliminate discrimination, advance equality of opportunity and foster good relations.",
        Guid? school = null) =>
        client.PutAsJsonAsync($"/api/v1/equality-statement{(school is null ? "" : $"?school={school}")}", new
        {
            informationNarrative = narrative,
            objectivesNarrative = "Our objectives come from our equality audit.",
            figures = new object[]
            {
                new { strandKey = "religion-belief", groupLabel = "Pupils withdrawn from collective worship", count = 3, outOf = 212 },
                new { strandKey = "disability", groupLabel = "Pupils with SEND", count = 38, outOf = 212 },
            },
            approvedBy = "Full governing body",
            approvedOn,
            objectivesReviewOn,
            informationReviewOn,
            expectedVersion = version,
            publishedObjectiveIds = objectiveIds,
        });

    /// <summary>Approved 10 days ago, objectives reviewed in 3 years, information in 300 days.</summary>
    public static (DateOnly Approved, DateOnly Objectives, DateOnly Information) ValidDates()
    {
        var approved = UkTime.Today(TimeProvider.System).AddDays(-10);
        return (approved, approved.AddYears(3), approved.AddDays(300));
    }
}
