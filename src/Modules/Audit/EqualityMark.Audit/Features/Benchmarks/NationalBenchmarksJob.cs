using EqualityMark.Audit.Data.Configurations;
using EqualityMark.Audit.Domain;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>
/// The only code that reads across authorities. Through the insight role it reads the shared benchmark counts (the
/// database shows it no others, and nothing else at all), protects them (<see cref="NationalFigures"/>) and replaces
/// the all-authorities table in one transaction; concurrent runs queue behind its table lock.
/// </summary>
internal sealed class NationalBenchmarksJob(
    [FromKeyedServices(InsightDatabase.ServiceKey)] NpgsqlDataSource database, TimeProvider clock, ILogger<NationalBenchmarksJob> logger) : IPlatformJob
{
    public const string Name = "national-benchmarks";

    private const string Schema = Data.AuditDbContext.SchemaName;

    /// <summary>Counts not rewritten for this long are left out: their authority's nightly job no longer runs (it was suspended).</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromDays(3);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"LOCK TABLE {Schema}.{BenchmarkEntityTypeConfigurations.NationalTable} IN EXCLUSIVE MODE", cancellationToken);
        var now = clock.GetUtcNow();
        var rows = await ReadSharedAsync(connection, now - Stale, cancellationToken);
        var figures = NationalFigures.Compute(rows, now);
        await ExecuteAsync(connection, $"DELETE FROM {Schema}.{BenchmarkEntityTypeConfigurations.NationalTable}", cancellationToken);
        await WriteAsync(connection, figures, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("All-authorities benchmarks: {Rows} shared rows from {Authorities} authorities gave {Figures} figures",
            rows.Count, rows.Select(r => r.TenantId).Distinct().Count(), figures.Count);
    }

    private static async Task<List<ContributedCount>> ReadSharedAsync(NpgsqlConnection connection, DateTimeOffset freshSince, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT c.tenant_id, c.academic_year, c.phase, c.element_key, c.strand_key, c.red, c.amber, c.green, c.schools, k.threshold
              FROM {Schema}.{BenchmarkEntityTypeConfigurations.CountsTable} c
              JOIN {Schema}.{BenchmarkEntityTypeConfigurations.ContributionsTable} k ON k.tenant_id = c.tenant_id
             WHERE k.shares AND k.computed_at >= $1
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = freshSince });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ContributedCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ContributedCount(reader.GetGuid(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9)));
        }

        return rows;
    }

    private static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<NationalBenchmarkCount> figures, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            $"""
            COPY {Schema}.{BenchmarkEntityTypeConfigurations.NationalTable}
                 (id, academic_year, phase, element_key, strand_key, red, amber, green, schools, authorities, threshold, computed_at)
            FROM STDIN (FORMAT BINARY)
            """, cancellationToken);
        foreach (var f in figures)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(f.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(f.AcademicYear, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(f.Phase, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(f.ElementKey, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(f.StrandKey, NpgsqlDbType.Varchar, cancellationToken);
            await WriteCountAsync(writer, f.Red, cancellationToken);
            await WriteCountAsync(writer, f.Amber, cancellationToken);
            await WriteCountAsync(writer, f.Green, cancellationToken);
            await writer.WriteAsync(f.Schools, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(f.Authorities, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(f.Threshold, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(f.ComputedAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteCountAsync(NpgsqlBinaryImporter writer, int? count, CancellationToken cancellationToken)
    {
        if (count is { } value)
        {
            await writer.WriteAsync(value, NpgsqlDbType.Integer, cancellationToken);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
