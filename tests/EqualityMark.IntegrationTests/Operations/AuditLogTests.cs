using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.IntegrationTests.Tenancy;
using EqualityMark.Shared.Text;
using EqualityMark.TestSupport;
using Npgsql;

namespace EqualityMark.IntegrationTests.Operations;

/// <summary>
/// The audit log: one entry per successful command (none for a refused one) with who, what, the changed fields and
/// where from; secrets masked; each authority reads only its own; the app role can add entries but never change them.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class AuditLogTests(AppFixture app)
{
    [Fact]
    public async Task A_command_writes_exactly_one_entry_with_its_changes_and_a_refused_one_writes_none()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var admin = await app.SignInAsync("lancashire", "admin");
        var before = await EntriesAsync(admin, $"?schoolId={school.School.Id}");

        var refused = await admin.PostAsJsonAsync($"/api/v1/schools/{school.School.Id}/notes", new { text = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var notFound = await admin.PostAsJsonAsync($"/api/v1/schools/{Guid.NewGuid()}/notes", new { text = "Nowhere" });
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(before.GetProperty("total").GetInt32(), (await EntriesAsync(admin, $"?schoolId={school.School.Id}")).GetProperty("total").GetInt32());

        admin.DefaultRequestHeaders.UserAgent.ParseAdd("AuditLogTests/1.0");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/v1/schools/{school.School.Id}/notes", new { text = "Agreed the visit date" })).StatusCode);

        var after = await EntriesAsync(admin, $"?schoolId={school.School.Id}&kind=AddSchoolNote");
        var entry = Assert.Single(after.GetProperty("entries").EnumerateArray());
        Assert.Equal("Alex Morgan", entry.GetProperty("actorName").GetString());
        Assert.Equal("AuthorityAdmin", entry.GetProperty("actorRole").GetString());
        Assert.Equal("Add school note", entry.GetProperty("kindLabel").GetString());
        Assert.Equal("AuditLogTests/1.0", entry.GetProperty("userAgent").GetString());
        Assert.True(entry.TryGetProperty("ipAddress", out _)); // the test server has no remote address; browser journeys show it
        var details = JsonDocument.Parse(entry.GetProperty("details").GetString()!).RootElement;
        var change = Assert.Single(details.GetProperty("changes").EnumerateArray());
        Assert.Equal(("SchoolNote", "added"), (change.GetProperty("entity").GetString(), change.GetProperty("change").GetString()));
        Assert.Equal("Agreed the visit date", change.GetProperty("fields").GetProperty("Text").GetProperty("to").GetString());
    }

    [Fact]
    public async Task Changed_fields_keep_before_and_after_and_secrets_are_masked()
    {
        var authority = await IsolatedAuthority.CreateAsync(app);
        var email = $"admin-{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(authority, email, "Ira Isolated", Shared.Security.Roles.AuthorityAdmin, null);
        var admin = await app.SignInAsAsync(authority, email);
        var saved = await admin.PutAsJsonAsync("/api/v1/setup/email", new { senderName = "Team One", replyTo = "one@example.org" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/setup/email", new { senderName = "Team Two", replyTo = "one@example.org" })).StatusCode);
        var latest = (await EntriesAsync(admin, "?kind=SaveEmailSender")).GetProperty("entries")[0];
        var fields = JsonDocument.Parse(latest.GetProperty("details").GetString()!).RootElement.GetProperty("changes")[0].GetProperty("fields");
        Assert.Equal(("Team One", "Team Two"), (fields.GetProperty("EmailSenderName").GetProperty("from").GetString(), fields.GetProperty("EmailSenderName").GetProperty("to").GetString()));
        Assert.False(fields.TryGetProperty("EmailReplyTo", out _)); // unchanged fields are not listed

        await app.SendAsync(authority, new EqualityMark.Subscriptions.Contracts.SetStripeKeysCommand("sk_test_audit_secret_value", "whsec_audit_secret_value"));
        var log = (await EntriesAsync(admin, "?kind=SetStripeKeys&person=system")).GetRawText();
        Assert.Contains("SetStripeKeys", log, StringComparison.Ordinal);
        Assert.Contains("(hidden)", log, StringComparison.Ordinal);
        Assert.DoesNotContain("audit_secret_value", log, StringComparison.Ordinal);
        Assert.Contains("The service (scheduled work)", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authority_reads_only_its_own_log_and_only_administrators_read_it()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/v1/schools/{school.School.Id}/notes", new { text = "Lancashire only" })).StatusCode);

        var northdale = await app.SignInAsync("northdale", "admin");
        var theirs = await EntriesAsync(northdale, $"?schoolId={school.School.Id}");
        Assert.Equal(0, theirs.GetProperty("total").GetInt32());
        Assert.DoesNotContain("Lancashire only", (await EntriesAsync(northdale, string.Empty)).GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Lancashire only", await northdale.GetStringAsync("/api/v1/admin/audit-log.csv"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync("lancashire", "advisor")).GetAsync("/api/v1/admin/audit-log")).StatusCode);
        await SubscriptionsTestData.AssertPageRefusedAsync(await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail), "/admin/audit-log");

        var csv = Csv.Parse((await admin.GetStringAsync($"/api/v1/admin/audit-log.csv?schoolId={school.School.Id}")).TrimStart('\uFEFF'));
        Assert.Equal("When (UK time)", csv[0][0]);
        Assert.Contains(csv, row => row.Contains("Add school note") && row.Any(c => c.Contains("Lancashire only", StringComparison.Ordinal)));

        var page = await admin.GetStringAsync($"/admin/audit-log?Filter.School={school.School.Id}");
        Assert.Contains("Add school note", page, StringComparison.Ordinal);
        Assert.Contains("Lancashire only", page, StringComparison.Ordinal);
        var unreal = await admin.GetStringAsync("/admin/audit-log?Filter.From.Day=31&Filter.From.Month=2&Filter.From.Year=2026");
        Assert.Contains("Start date must be a real date", unreal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/admin/audit-log?from=2026-11-29&to=2026-11-01")).StatusCode);
        var pastTheEnd = await admin.GetAsync($"/api/v1/admin/audit-log?schoolId={school.School.Id}&page=500");
        Assert.Equal(HttpStatusCode.BadRequest, pastTheEnd.StatusCode);
        Assert.Contains("past the last page", await pastTheEnd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_leaving_school_is_recorded_with_who_did_it_and_which_school()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/v1/schools/{school.School.Id}/notes", new { text = "Leaving at Easter" })).StatusCode);
        var deleted = await admin.PostAsJsonAsync($"/api/v1/schools/{school.School.Id}/delete", new { confirmSchoolName = school.School.Name });
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        var entry = Assert.Single((await EntriesAsync(admin, $"?schoolId={school.School.Id}&kind=DeleteSchool")).GetProperty("entries").EnumerateArray());
        Assert.Equal("Alex Morgan", entry.GetProperty("actorName").GetString());
        Assert.Contains(school.School.Name, entry.GetProperty("details").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await EntriesAsync(admin, $"?schoolId={school.School.Id}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_app_role_can_add_and_read_entries_but_never_change_or_remove_them()
    {
        await using var connection = await RowLevelSecurityTests.OpenAsync(app.Lancashire.Id);
        Assert.True(await RowLevelSecurityTests.ScalarAsync<long>(connection, "SELECT count(*) FROM platform.audit_log_entries") > 0);
        foreach (var sql in new[]
        {
            "UPDATE platform.audit_log_entries SET actor_name = 'Someone else'",
            "DELETE FROM platform.audit_log_entries",
            "UPDATE platform.platform_audit_log_entries SET actor_name = 'Someone else'",
            "DELETE FROM platform.platform_audit_log_entries",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
    }

    [Fact]
    public async Task Entries_older_than_the_retention_period_go_and_only_the_authoritys_own()
    {
        var authority = await IsolatedAuthority.CreateAsync(app);
        var email = $"admin-{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(authority, email, "Rey Retention", Shared.Security.Roles.AuthorityAdmin, null);
        var admin = await app.SignInAsAsync(authority, email);
        Assert.Equal(6, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit-log/retention")).GetProperty("years").GetInt32());
        foreach (var years in new object?[] { 0, 21, null })
        {
            var refused = await admin.PutAsJsonAsync("/api/v1/admin/audit-log/retention", new { years });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        var firstSaves = await Task.WhenAll(
            admin.PutAsJsonAsync("/api/v1/admin/audit-log/retention", new { years = 2 }), admin.PutAsJsonAsync("/api/v1/admin/audit-log/retention", new { years = 2 }));
        Assert.All(firstSaves, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode)); // two first saves at once: no duplicate-key error
        Assert.Equal(2, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit-log/retention")).GetProperty("years").GetInt32());
        var northdale = (await app.SendAsync(null, new Organisations.Contracts.ListTenantsQuery())).Single(t => t.Code == "northdale").Id;
        await InsertEntryAsync(authority.Id, "Kept", DateTimeOffset.UtcNow.AddYears(-1));
        await InsertEntryAsync(authority.Id, "TooOld", DateTimeOffset.UtcNow.AddYears(-3));
        var northdaleOld = await InsertEntryAsync(northdale, "NorthdaleOld", DateTimeOffset.UtcNow.AddYears(-3));

        await app.SendAsync(authority, new Host.AuditLog.PurgeAuditLogCommand());

        var kinds = (await EntriesAsync(admin, string.Empty)).GetProperty("kinds").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Contains("Kept", kinds);
        Assert.DoesNotContain("TooOld", kinds);
        Assert.Contains("PurgeAuditLog", kinds); // the job's own run is recorded
        await using var connection = await RowLevelSecurityTests.OpenAsync(northdale);
        Assert.Equal(1L, await RowLevelSecurityTests.ScalarAsync<long>(connection, $"SELECT count(*) FROM platform.audit_log_entries WHERE id = '{northdaleOld}'"));
    }

    private static async Task<Guid> InsertEntryAsync(Guid tenantId, string kind, DateTimeOffset at)
    {
        var id = Guid.CreateVersion7();
        await using var connection = await RowLevelSecurityTests.OpenAsync(tenantId);
        await using var insert = new NpgsqlCommand(
            "INSERT INTO platform.audit_log_entries (id, tenant_id, at, actor_name, actor_role, kind, details) VALUES ($1, $2, $3, 'Old Entry', 'System', $4, '{}')", connection)
        {
            Parameters = { new() { Value = id }, new() { Value = tenantId }, new() { Value = at }, new() { Value = kind } },
        };
        await insert.ExecuteNonQueryAsync();
        return id;
    }

    private static async Task<JsonElement> EntriesAsync(HttpClient client, string query) =>
        await client.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit-log" + query);
}
