using EqualityMark.Host.Database;
using EqualityMark.Host.Demo;
using EqualityMark.Organisations.Contracts;
using EqualityMark.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EqualityMark.IntegrationTests.Tenancy;

[Collection(AppTestGroup.Name)]
public sealed class StartupSafetyTests(AppFixture app)
{
    [Fact]
    public async Task The_app_refuses_a_database_role_that_could_bypass_row_level_security()
    {
        await using var owner = NpgsqlDataSource.Create(TestDatabase.OwnerConnectionString);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AppRoleSafetyCheck.EnsureSafeAsync(owner, CancellationToken.None));
        Assert.Contains("Refusing to start", error.Message, StringComparison.Ordinal);

        await using var appRole = NpgsqlDataSource.Create(TestDatabase.AppConnectionString);
        await AppRoleSafetyCheck.EnsureSafeAsync(appRole, CancellationToken.None);
    }

    [Fact]
    public async Task Seeding_demo_data_again_changes_nothing()
    {
        var before = await app.SendAsync(app.Lancashire, new ListSchoolsQuery());
        await app.Factory.Services.GetRequiredService<DemoDataRunner>().SeedAsync(CancellationToken.None);
        var after = await app.SendAsync(app.Lancashire, new ListSchoolsQuery());
        Assert.Equal(before.Select(s => s.Id).Order(), after.Select(s => s.Id).Order());
        Assert.Equal(2, (await app.SendAsync(null, new ListTenantsQuery())).Count(t => t.Code is "lancashire" or "northdale"));
    }
}
