using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.IntegrationTests.Api;

namespace EqualityMark.IntegrationTests.Audit;

[Collection(AppTestGroup.Name)]
public sealed class AuditSettingsTests(AppFixture app)
{
    [Fact]
    public async Task An_administrator_changes_settings_within_limits()
    {
        var admin = await app.SignInAsync("northdale", "admin");
        var bad = await admin.PutAsJsonAsync("/api/v1/audit/settings", new { suppressionThreshold = 0, auditDueMonth = 13, delegationReminderDays = 14, submissionReminderDays = (int?)null });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<ValidationProblem>();
        Assert.Equal(["AuditDueMonth", "SubmissionReminderDays", "SuppressionThreshold"], problem!.Errors.Keys.Order());

        var before = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/settings");
        var saved = await admin.PutAsJsonAsync("/api/v1/audit/settings", new { suppressionThreshold = 5, auditDueMonth = 11, delegationReminderDays = 10, submissionReminderDays = 20 });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(11, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/settings")).GetProperty("auditDueMonth").GetInt32());
        await admin.PutAsJsonAsync("/api/v1/audit/settings", before);

        var coordinator = await app.SignInAsync("northdale", "coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/v1/audit/settings")).StatusCode);
    }
}
