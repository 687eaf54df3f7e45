using EqualityMark.Host;
using EqualityMark.Host.Database;
using EqualityMark.Host.Demo;
using EqualityMark.Host.Jobs;
using EqualityMark.Host.Logging;
using Npgsql;

// EqualityMark.Host migrate        apply migrations and row-level security as the owner role, then exit
// EqualityMark.Host [--seed-demo]  serve (as the app role), adding demo data first if asked
// EqualityMark.Host sweep [--jobs a,b]  run every daily job (or the named ones) now for every active authority, then the
//                                   platform jobs (as the app and insight roles), print the times, exit
// EqualityMark.Host seed-demo      add the demo data (idempotent), exit
var mode = args.Contains("migrate") ? HostMode.Migrate : args.Contains("sweep") ? HostMode.Sweep : args.Contains("seed-demo") ? HostMode.SeedDemo : HostMode.Serve;
var jobs = args.SkipWhile(a => a != "--jobs").Skip(1).FirstOrDefault()?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var builder = WebApplication.CreateBuilder(args.Where(a => a is not "migrate" and not "sweep" and not "seed-demo" and not "--seed-demo").ToArray());
builder.AddEqualityMarkLogging();
builder.AddEqualityMark(mode);
var app = builder.Build();

if (mode == HostMode.Migrate)
{
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    return;
}

await AppRoleSafetyCheck.EnsureSafeAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), CancellationToken.None);
if (mode == HostMode.Sweep)
{
    await DailySweepReport.RunAsync(app.Services, Console.Out, jobs);
    return;
}

if (mode == HostMode.SeedDemo)
{
    await app.Services.GetRequiredService<DemoDataRunner>().SeedAsync(CancellationToken.None);
    return;
}

if (args.Contains("--seed-demo") || app.Configuration.GetValue<bool>("Demo:Seed"))
{
    await app.Services.GetRequiredService<DemoDataRunner>().SeedAsync(CancellationToken.None);
}

app.UseEqualityMark();
await app.RunAsync();

/// <summary>Exposed for the integration and browser tests' WebApplicationFactory.</summary>
public partial class Program;
