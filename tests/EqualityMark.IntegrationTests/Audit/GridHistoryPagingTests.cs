using EqualityMark.Audit.Contracts;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Shared.Data;
using EqualityMark.TestSupport;
using Npgsql;

namespace EqualityMark.IntegrationTests.Audit;

/// <summary>A busy audit's grid history comes a page at a time, newest first, on the page and through the API.</summary>
[Collection(AppTestGroup.Name)]
public sealed class GridHistoryPagingTests(AppFixture app)
{
    [Fact]
    public async Task The_grid_carries_one_page_of_changes_and_the_rest_are_paged()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var auditId = (await coordinator.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();
        await AddChangesAsync(app.Lancashire.Id, auditId, count: 120);

        var first = await coordinator.GetJsonAsync($"/api/v1/audits/{auditId}/grid");
        Assert.Equal(50, first.GetProperty("changes").GetArrayLength());
        Assert.Equal("change 120", first.GetProperty("changes")[0].GetProperty("reason").GetString());
        Assert.Equal(120, first.GetProperty("history").GetProperty("total").GetInt32());
        Assert.Equal(3, first.GetProperty("history").GetProperty("pages").GetInt32());

        var last = await coordinator.GetJsonAsync($"/api/v1/audits/{auditId}/grid?historyPage=3");
        Assert.Equal(20, last.GetProperty("changes").GetArrayLength());
        Assert.Equal("change 1", last.GetProperty("changes")[19].GetProperty("reason").GetString());
        foreach (var (asked, message) in new[] { ("99", "past the last page, which is 3"), ("0", "1 or more"), ("two", "1 or more") })
        {
            var refused = await coordinator.GetAsync($"/api/v1/audits/{auditId}/grid?historyPage={asked}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Contains(message, errors.GetProperty("historyPage")[0].GetString(), StringComparison.Ordinal);
        }

        var page = await SubscriptionsTestData.BodyAsync(await coordinator.GetAsync($"/audit/{auditId}/grid?historyPage=2"));
        Assert.Contains("120 changes, newest first: page 2 of 3", page, StringComparison.Ordinal);
        Assert.Contains("change 70<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("change 71<", page, StringComparison.Ordinal);
        Assert.Contains("?historyPage=3#changes", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_historys_count_is_kept_by_the_database_through_many_at_once_saves_at_once_and_removals()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var auditId = (await coordinator.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();
        async Task<int> ShownTotalAsync() => (await coordinator.GetJsonAsync($"/api/v1/audits/{auditId}/grid")).GetProperty("history").GetProperty("total").GetInt32();
        Assert.Equal(0, await ShownTotalAsync());

        await AddChangesAsync(app.Lancashire.Id, auditId, count: 30);
        Assert.Equal(30, await ShownTotalAsync());

        // Six saves at once, each the first judgement of its own cell, so each changes its cell and adds a change.
        var firstOfEachCell = (await coordinator.JudgementsAsync(auditId)).Where(j => j.CanEdit)
            .GroupBy(j => (j.Element, j.Strand)).Select(g => g.First()).Take(6).ToList();
        var saves = await Task.WhenAll(firstOfEachCell.Select(j => coordinator.SaveJudgementAsync(auditId, j.Item, j.Strand, Rating.Red, j.Version)));
        Assert.All(saves, s => Assert.Equal(HttpStatusCode.OK, s.StatusCode));
        Assert.Equal(36, await RunAsOwnerAsync(app.Lancashire.Id, auditId, "SELECT count(*)::int FROM audit.grid_cell_changes WHERE audit_id = @audit"));
        Assert.Equal(36, await ShownTotalAsync());

        await RunAsOwnerAsync(app.Lancashire.Id, auditId, "DELETE FROM audit.grid_cell_changes WHERE audit_id = @audit AND reason LIKE 'change 1%'");
        Assert.Equal(36 - 11, await ShownTotalAsync());

        // Another authority sees no count for the audit, even asking for it by id.
        Assert.Equal(0, await RunAsOwnerAsync(app.Northdale.Id, auditId, "SELECT count(*)::int FROM audit.grid_history_totals WHERE audit_id = @audit"));
    }

    [Fact]
    public async Task A_page_of_history_is_read_off_the_index_even_in_a_prepared_statements_generic_plan()
    {
        // The app's statements are prepared, and after a few runs PostgreSQL may plan them for any audit: that plan must
        // still walk the index newest first and stop at the page, not sort a busy audit's whole history (20 ms at 49,000).
        // The test database's history is small enough to read whole, so reading the table whole is ruled out first.
        await using var connection = new NpgsqlConnection(TestDatabase.OwnerConnectionString);
        await connection.OpenAsync();
        await TenantSessionSetting.ApplyAsync(connection, app.Lancashire.Id, CancellationToken.None);
        await using var command = new NpgsqlCommand(
            """
            SET plan_cache_mode = force_generic_plan;
            SET enable_seqscan = off;
            PREPARE history_page(uuid, uuid, int, int) AS
              SELECT g.reason FROM audit.grid_cell_changes AS g WHERE g.tenant_id = $1 AND g.audit_id = $2
              ORDER BY g.changed_at DESC, g.id DESC LIMIT $3 OFFSET $4;
            EXPLAIN EXECUTE history_page(gen_random_uuid(), gen_random_uuid(), 50, 0);
            """, connection);
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.Contains(plan, line => line.Contains("Index Scan Backward using ix_grid_cell_changes_tenant_id_audit_id_changed_at_id", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("Sort", StringComparison.Ordinal));
    }

    private static async Task<int> RunAsOwnerAsync(Guid tenantId, Guid auditId, string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.OwnerConnectionString);
        await connection.OpenAsync();
        await TenantSessionSetting.ApplyAsync(connection, tenantId, CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("audit", auditId);
        return sql.StartsWith("SELECT", StringComparison.Ordinal) ? (int)(await command.ExecuteScalarAsync())! : await command.ExecuteNonQueryAsync();
    }

    /// <summary>Writes the history directly as the owner role (inside the authority: row-level security binds the owner too).</summary>
    private static async Task AddChangesAsync(Guid tenantId, Guid auditId, int count)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.OwnerConnectionString);
        await connection.OpenAsync();
        await TenantSessionSetting.ApplyAsync(connection, tenantId, CancellationToken.None);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO audit.grid_cell_changes (id, tenant_id, audit_id, element_key, strand_key, "from", "to", changed_by, changed_at, reason)
            SELECT gen_random_uuid(), a.tenant_id, a.id, 'policy', 'race', 'Red', 'Amber', 'Sam Smith',
                   timestamptz '2026-01-01' + n * interval '1 minute', 'change ' || n
            FROM audit.audits a, generate_series(1, @count) n WHERE a.id = @audit
            """, connection);
        command.Parameters.AddWithValue("count", count);
        command.Parameters.AddWithValue("audit", auditId);
        Assert.Equal(count, await command.ExecuteNonQueryAsync());
    }
}
