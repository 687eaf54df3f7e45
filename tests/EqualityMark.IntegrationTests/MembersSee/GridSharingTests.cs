using System.Net;
using System.Net.Http.Json;
using EqualityMark.IntegrationTests.Audit;
using EqualityMark.IntegrationTests.Concurrency;
using EqualityMark.IntegrationTests.Subscriptions;

namespace EqualityMark.IntegrationTests.MembersSee;

/// <summary>A reference group member sees the summary grid only once the co-ordinator shares it, and then the ratings only (ADR 0029).</summary>
[Collection(AppTestGroup.Name)]
public sealed class GridSharingTests(AppFixture app)
{
    private const string Rationale = "Governors approve the written plan next week.";

    [Fact]
    public async Task Members_see_no_grid_until_it_is_shared_and_then_no_overrides_or_history()
    {
        var (_, coordinator, member, auditId) = await AuditWithOverrideAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/v1/audits/{auditId}/grid")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/v1/audits/{auditId}/grid.csv")).StatusCode);
        await SubscriptionsTestData.AssertPageRefusedAsync(member, $"/audit/{auditId}/grid");
        Assert.DoesNotContain($"/audit/{auditId}/grid", await member.GetStringAsync("/audit"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/api/v1/audits/{auditId}/grid/share", null)).StatusCode);

        var shared = await SubscriptionsTestData.PostHandlerAsync(coordinator, $"/audit/{auditId}/grid", "Share", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);
        var page = await SubscriptionsTestData.BodyAsync(await coordinator.GetAsync(shared.Headers.Location!.OriginalString));
        Assert.Contains("The summary grid is shared with the reference group", page, StringComparison.Ordinal);
        Assert.Contains("Stop sharing the summary grid", page, StringComparison.Ordinal);

        var grid = await member.GetJsonAsync($"/api/v1/audits/{auditId}/grid");
        Assert.Empty(grid.GetProperty("changes").EnumerateArray());
        Assert.All(grid.GetProperty("grid").GetProperty("cells").EnumerateArray(), c => Assert.Equal(System.Text.Json.JsonValueKind.Null, c.GetProperty("overrideRationale").ValueKind));
        Assert.Equal(EqualityMark.Audit.Contracts.Rating.Amber, await member.CellAsync(auditId, "policy", "race"));
        var memberPage = await SubscriptionsTestData.BodyAsync(await member.GetAsync($"/audit/{auditId}/grid"));
        Assert.DoesNotContain(Rationale, memberPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Changes to the grid", memberPage, StringComparison.Ordinal);
        Assert.DoesNotContain("A*", memberPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Share the summary grid", memberPage, StringComparison.Ordinal);
        Assert.DoesNotContain("*", await member.GetStringAsync($"/api/v1/audits/{auditId}/grid.csv"), StringComparison.Ordinal);
        Assert.Contains($"/audit/{auditId}/grid", await member.GetStringAsync("/audit"), StringComparison.Ordinal);

        Assert.Contains(Rationale, await coordinator.GetStringAsync($"/audit/{auditId}/grid"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/audits/{auditId}/grid/unshare", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/api/v1/audits/{auditId}/grid")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsync($"/api/v1/audits/{auditId}/grid/unshare", null)).StatusCode);
    }

    [Fact]
    public async Task Sharing_at_once_has_one_winner()
    {
        var (_, coordinator, member, auditId) = await AuditWithOverrideAsync();

        AtOnce.AssertOneWinner(await AtOnce.SendAsync(() => coordinator.PostAsync($"/api/v1/audits/{auditId}/grid/share", null)));

        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/v1/audits/{auditId}/grid")).StatusCode);
    }

    private async Task<(TestSchool School, HttpClient Coordinator, HttpClient Member, Guid AuditId)> AuditWithOverrideAsync()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var member = await app.SignInAsAsync(app.Lancashire, school.MemberEmail);
        var auditId = (await coordinator.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();
        var overridden = await coordinator.PutAsJsonAsync($"/api/v1/audits/{auditId}/grid/policy/race", new { rating = "Amber", rationale = Rationale });
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        return (school, coordinator, member, auditId);
    }
}
