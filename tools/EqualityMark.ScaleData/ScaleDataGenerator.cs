using System.Diagnostics;
using Npgsql;

namespace EqualityMark.ScaleData;

/// <summary>
/// Generates authorities with their schools and two years of work, as the owner role (the migrations' role), with
/// binary COPY. Each authority copies the template's programme, then gets its rows in its own transaction with its
/// tenant set, so row-level security checks every row written. Run it once on a migrated database with demo data.
/// </summary>
public static class ScaleDataGenerator
{
    public static async Task<ScaleDataSummary> GenerateAsync(ScaleOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(options.OwnerConnectionString);
        await connection.OpenAsync(cancellationToken);
        var template = await ProgrammeTemplate.LoadAsync(connection, options.Template, cancellationToken);
        var facts = await ProgrammeFacts.ReadAsync(connection, template, cancellationToken);
        var plans = AuthorityPlan.For(options);
        var now = new DateTimeOffset(options.Today.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        var firstUrn = 100_000;
        long judgements = 0;
        foreach (var authority in plans)
        {
            await template.CloneAsync(connection, authority, now, cancellationToken);
            var rows = new AuthorityRows(authority, facts, options, firstUrn);
            await rows.WriteAsync(connection, cancellationToken);
            firstUrn += authority.Schools;
            judgements += rows.Judgements;
            await log.WriteLineAsync($"{authority.Code} {authority.Name}: {authority.Schools} schools ({clock.Elapsed.TotalSeconds:0}s)");
        }

        await TenantSession.UseAsync(connection, null, cancellationToken);
        await using (var analyse = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 0 })
        {
            await analyse.ExecuteNonQueryAsync(cancellationToken);
        }

        return new ScaleDataSummary(plans, plans.Sum(p => p.Schools), judgements, clock.Elapsed);
    }
}
