using System.Net;
using System.Net.Http.Json;
using EqualityMark.Audit.Contracts;
using EqualityMark.IntegrationTests.Schools;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Audit;

/// <summary>
/// The judgement save, the busiest write, makes no savepoints (two round trips each) for its saves or its audit log
/// entry, and still refuses a save of a version someone else has changed.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class JudgementSaveRoundTripsTests(AppFixture app)
{
    [Fact]
    public async Task A_judgement_save_makes_no_savepoint_and_a_stale_save_is_still_refused()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var auditId = (await coordinator.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();
        var judgement = (await coordinator.JudgementsAsync(auditId)).First(j => j.CanEdit);

        // Other writes still make them: the counter sees those (a reference group member and its audit log entry).
        var member = await CountSavepointsAsync(coordinator, HttpMethod.Post, $"/api/v1/schools/{school.School.Id}/reference-group/members",
            new { fullName = "Hana Head", category = "SeniorLeadership" });
        Assert.True(member.Savepoints > 0, "the counter should see the savepoints of an ordinary write");

        // Red changes the cell too, so the save writes the judgement, the cell's history and the audit log entry.
        var save = await CountSavepointsAsync(coordinator, HttpMethod.Put, $"/api/v1/audits/{auditId}/judgements/{judgement.Item}/{judgement.Strand}",
            new { rating = "Red", commentary = "Seen", evidenceNotes = "Books", expectedVersion = judgement.Version });
        Assert.Equal(HttpStatusCode.OK, save.Status);
        Assert.Equal(0, save.Savepoints);
        Assert.Equal(Rating.Red, await coordinator.CellAsync(auditId, judgement.Element, judgement.Strand));

        var stale = await coordinator.SaveJudgementAsync(auditId, judgement.Item, judgement.Strand, Rating.Green, judgement.Version);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(Rating.Red, await coordinator.CellAsync(auditId, judgement.Element, judgement.Strand));
    }

    private async Task<(HttpStatusCode Status, int Savepoints)> CountSavepointsAsync(HttpClient client, HttpMethod method, string path, object body)
    {
        var key = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(QueryCounter.Header, key);
        var response = await client.SendAsync(request);
        return (response.StatusCode, app.Factory.Services.GetRequiredService<SavepointCounter>().CountFor(key));
    }
}
