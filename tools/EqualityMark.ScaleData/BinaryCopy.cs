using Npgsql;
using NpgsqlTypes;

namespace EqualityMark.ScaleData;

/// <summary>Rows for one table, written with one binary COPY. Values: Guid, string, int, long, bool, DateOnly, DateTimeOffset or null.</summary>
public sealed class BinaryCopy(string table, params string[] columns)
{
    private readonly List<object?[]> _rows = [];

    public string Name => table;

    public int Count => _rows.Count;

    public void Add(params object?[] row)
    {
        if (row.Length != columns.Length)
        {
            throw new ArgumentException($"{table} takes {columns.Length} values, not {row.Length}.", nameof(row));
        }

        _rows.Add(row);
    }

    /// <summary>
    /// PostgreSQL refuses COPY into a table under row-level security, so the rows are copied into a temporary table
    /// shaped like it and moved with one INSERT … SELECT, which the policy's WITH CHECK checks row by row.
    /// </summary>
    public async Task WriteAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        var stage = "stage_" + table.Replace('.', '_');
        var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
        await using (var create = new NpgsqlCommand(
            $"CREATE TEMP TABLE IF NOT EXISTS {stage} (LIKE {table} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"COPY {stage} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in _rows)
            {
                await writer.StartRowAsync(cancellationToken);
                foreach (var value in row)
                {
                    await WriteValueAsync(writer, value, cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var move = new NpgsqlCommand($"INSERT INTO {table} ({names}) SELECT {names} FROM {stage}; TRUNCATE {stage}", connection))
        {
            move.CommandTimeout = 0;
            await move.ExecuteNonQueryAsync(cancellationToken);
        }

        _rows.Clear();
    }

    private static Task WriteValueAsync(NpgsqlBinaryImporter writer, object? value, CancellationToken cancellationToken) => value switch
    {
        null => writer.WriteNullAsync(cancellationToken),
        Guid g => writer.WriteAsync(g, NpgsqlDbType.Uuid, cancellationToken),
        string s => writer.WriteAsync(s, NpgsqlDbType.Text, cancellationToken),
        int i => writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken),
        long l => writer.WriteAsync(l, NpgsqlDbType.Bigint, cancellationToken),
        bool b => writer.WriteAsync(b, NpgsqlDbType.Boolean, cancellationToken),
        DateOnly d => writer.WriteAsync(d, NpgsqlDbType.Date, cancellationToken),
        DateTimeOffset t => writer.WriteAsync(t.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken),
        _ => throw new ArgumentException($"No COPY mapping for {value.GetType().Name}.", nameof(value)),
    };
}
