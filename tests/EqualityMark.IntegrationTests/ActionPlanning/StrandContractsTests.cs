using System.Net;
using System.Net.Http.Json;
using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Shared.Time;

namespace EqualityMark.IntegrationTests.ActionPlanning;

/// <summary>What Accreditation will read of a plan: a strand's objectives with actions and impact, and their evidence.</summary>
[Collection(AppTestGroup.Name)]
public sealed class StrandContractsTests(AppFixture app)
{
    [Fact]
    public async Task A_strand_brings_its_objectives_actions_impact_and_evidence_and_nothing_of_other_strands()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        var today = UkTime.Today(TimeProvider.System);
        var action = await s.CreateActionAsync(objectiveId, s.School.CoordinatorId, today, today.AddDays(20));
        await s.Coordinator.PostAsJsonAsync($"/api/v1/action-plan/objectives/{objectiveId}/impact",
            new { whatChanged = "Staff challenge racist language", strandKey = "race", group = "Pupils from minority ethnic groups" });
        Assert.Equal(HttpStatusCode.Redirect, (await s.Coordinator.UploadAsync($"/action-plan/actions/{action.GetProperty("id").GetGuid()}", "Training register.pdf", EvidenceUploads.Pdf)).StatusCode);

        var race = await app.SendAsync(app.Lancashire, new GetStrandProgressQuery(s.Id, "race"));
        var evidence = await app.SendAsync(app.Lancashire, new GetStrandEvidenceQuery(s.Id, "race"));
        var religion = await app.SendAsync(app.Lancashire, new GetStrandProgressQuery(s.Id, "religion-belief"));

        var objective = Assert.Single(race);
        Assert.Equal(objectiveId, objective.Id);
        Assert.Equal(ActionStatus.NotStarted, Assert.Single(objective.Actions).Status);
        Assert.Equal("Pupils from minority ethnic groups", Assert.Single(objective.Impacts).Group);
        var file = Assert.Single(evidence);
        Assert.Equal("Action: Anti-racism training for all staff", file.AttachedTo);
        Assert.Equal(HttpStatusCode.OK, (await s.Coordinator.GetAsync(file.DownloadPath)).StatusCode);
        Assert.Empty(religion);
    }
}
