using EqualityMark.Host.Database;
using EqualityMark.Host.Jobs;
using EqualityMark.Organisations.Data;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using EqualityMark.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EqualityMark.IntegrationTests.Tenancy;

/// <summary>
/// With a pool of exactly one connection, scopes of tenant A, B, none and A again reuse the same physical
/// connection: each must see only its own tenant, through EF and through raw SQL that skips the EF filter. The pool
/// is built as the host builds it (<see cref="AppDataSource"/>: statements prepared automatically, which changes how
/// Npgsql resets a returned connection), and the prepared statements are seen to survive the resets.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class PooledConnectionTests(AppFixture app) : IAsyncLifetime
{
    private readonly ServiceProvider _services = BuildServices();

    [Fact]
    public async Task A_single_pooled_connection_never_carries_the_previous_tenant()
    {
        await AssertSeesOnlyAsync(app.Lancashire);
        await AssertSeesOnlyAsync(app.Northdale);
        await AssertSeesNothingAsync();
        await AssertSeesOnlyAsync(app.Lancashire);
        await AssertSeesNothingAsync();
    }

    [Fact]
    public async Task A_connection_used_outside_EF_after_a_tenant_scope_sees_no_rows()
    {
        await AssertSeesOnlyAsync(app.Lancashire);
        await AssertSeesOnlyAsync(app.Northdale);
        var dataSource = _services.GetRequiredService<NpgsqlDataSource>();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM organisations.schools", connection);
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
        await using var prepared = new NpgsqlCommand("SELECT count(*) FROM pg_prepared_statements", connection);
        Assert.True((long)(await prepared.ExecuteScalarAsync())! > 0, "no statement stayed prepared across the pool's resets");
    }

    [Fact]
    public async Task A_job_runs_asynchronous_commit_does_not_stay_on_the_pooled_connection()
    {
        await using (var scope = Scope(app.Lancashire))
        {
            var session = scope.ServiceProvider.GetRequiredService<DbSession>();
            await session.OpenAsync(CancellationToken.None);
            await AsynchronousCommit.UseForJobAsync(session, CancellationToken.None);
            Assert.Equal("off", await ShowAsync(session.Connection, "synchronous_commit"));
        }

        await using var connection = await _services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        Assert.Equal("on", await ShowAsync(connection, "synchronous_commit"));
    }

    private static async Task<string> ShowAsync(NpgsqlConnection connection, string setting)
    {
        await using var command = new NpgsqlCommand($"SHOW {setting}", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private async Task AssertSeesOnlyAsync(TenantInfo tenant)
    {
        await using var scope = Scope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<OrganisationsDbContext>();
        var filtered = await db.Schools.Select(s => s.TenantId).Distinct().ToListAsync();
        Assert.Equal([tenant.Id], filtered);

        var unfiltered = await db.Database.SqlQueryRaw<Guid>("SELECT DISTINCT tenant_id AS \"Value\" FROM organisations.schools").ToListAsync();
        Assert.Equal([tenant.Id], unfiltered);
        Assert.Equal(tenant.Id.ToString(), await CurrentSettingAsync(db));
    }

    private async Task AssertSeesNothingAsync()
    {
        await using var scope = Scope(null);
        var db = scope.ServiceProvider.GetRequiredService<OrganisationsDbContext>();
        Assert.Empty(await db.Schools.IgnoreQueryFilters().ToListAsync());
        Assert.Empty(await db.Database.SqlQueryRaw<Guid>("SELECT tenant_id AS \"Value\" FROM organisations.users").ToListAsync());
        Assert.Equal(string.Empty, await CurrentSettingAsync(db));
    }

    private static async Task<string> CurrentSettingAsync(DbContext db) =>
        (await db.Database.SqlQueryRaw<string>("SELECT coalesce(current_setting('app.tenant_id', true), '') AS \"Value\"").ToListAsync()).Single();

    private AsyncServiceScope Scope(TenantInfo? tenant) => _services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);

    private static ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTenancy();
        services.AddSingleton(AppDataSource.Create(TestDatabase.SingleConnectionPool));
        services.AddModuleDbContext<OrganisationsDbContext>(OrganisationsDbContext.Schema);
        return services.BuildServiceProvider();
    }
}
