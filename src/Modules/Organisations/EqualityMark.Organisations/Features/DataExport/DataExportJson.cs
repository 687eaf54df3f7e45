using System.Text.Json;
using EqualityMark.Shared.DataExport;

namespace EqualityMark.Organisations.Features.DataExport;

/// <summary>A table as a JSON array of objects keyed by column name, values keeping their type.</summary>
internal static class DataExportJson
{
    public static async Task WriteTableAsync(Stream stream, DataExportTable table, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                json.WritePropertyName(table.Columns[i]);
                WriteValue(json, row[i]);
            }

            json.WriteEndObject();
            if (json.BytesPending > 64 * 1024)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case long l: json.WriteNumberValue(l); break;
            case decimal m: json.WriteNumberValue(m); break;
            case double d: json.WriteNumberValue(d); break;
            case DateTimeOffset d: json.WriteStringValue(d); break;
            default: json.WriteStringValue(DataExportValues.Text(value)); break;
        }
    }
}
