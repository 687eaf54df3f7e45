using Npgsql;

namespace EqualityMark.ScaleData;

/// <summary>A table's rows as read (values and PostgreSQL type names), to be inserted again with changed values.</summary>
public sealed record TemplateTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> Types, IReadOnlyList<object?[]> Rows)
{
    public static async Task<TemplateTable> ReadAsync(NpgsqlConnection connection, string name, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var types = Enumerable.Range(0, reader.FieldCount).Select(reader.GetDataTypeName).ToList();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        }

        return new TemplateTable(name, columns, types, rows);
    }

    public IEnumerable<Guid> Ids()
    {
        var id = Columns.ToList().IndexOf("id");
        return id < 0 ? [] : Rows.Select(r => r[id]).OfType<Guid>();
    }

    public NpgsqlBatchCommand Insert(object?[] row, Func<string, object?, object?> copy)
    {
        var names = string.Join(", ", Columns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", Columns.Select((_, i) => $"${i + 1}"));
        var command = new NpgsqlBatchCommand($"INSERT INTO {Name} ({names}) VALUES ({values})");
        for (var i = 0; i < Columns.Count; i++)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = copy(Columns[i], row[i]) ?? DBNull.Value, DataTypeName = Types[i] });
        }

        return command;
    }
}
