using System.Text;
using EqualityMark.Shared.DataExport;
using EqualityMark.Shared.Text;

namespace EqualityMark.Organisations.Features.DataExport;

/// <summary>
/// A table as RFC 4180 CSV in UTF-8 with a byte order mark (so Excel reads accents), CRLF line ends, and text cells
/// that could run as a formula prefixed with a quote (<see cref="Csv.Escape"/>). Numbers are written as they are.
/// </summary>
internal static class DataExportCsv
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static async Task WriteTableAsync(Stream stream, DataExportTable table, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', table.Columns.Select(Csv.Escape)).AsMemory(), cancellationToken);
        foreach (var row in table.Rows)
        {
            await writer.WriteLineAsync(string.Join(',', row.Select(Cell)).AsMemory(), cancellationToken);
        }
    }

    private static string Cell(object? value) => value is long or decimal or double
        ? DataExportValues.Text(value)
        : Csv.Escape(DataExportValues.Text(value));
}
