using EqualityMark.Host;
using EqualityMark.Host.Database;
using EqualityMark.Host.Demo;
using EqualityMark.Host.Logging;
using Npgsql;

// EqualityMark.Host migrate        apply migrations and row-level security as the owner role, then exit
// EqualityMark.Host [--seed-demo]  serve (as the app role), adding demo data first if asked
var mode = args.Contains("migrate") ? HostMode.Migrate : HostMode.Serve;
var builder = WebApplication.CreateBuilder(args.Where(a => a is not "migrate" and not "--seed-demo").ToArray());
builder.AddEqualityMarkLogging();
builder.AddEqualityMark(mode);
var app = builder.Build();

if (mode == HostMode.Migrate)
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    return;
}

await AppRoleSafetyCheck.EnsureSafeAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), CancellationToken.None);
if (args.Contains("--seed-demo") || app.Configuration.GetValue<bool>("Demo:Seed"))
{
    await app.Services.GetRequiredService<DemoDataRunner>().SeedAsync(CancellationToken.None);
}

app.UseEqualityMark();
await app.RunAsync();

/// <summary>Exposed for the integration and browser tests' WebApplicationFactory.</summary>
public partial class Program;
