namespace EqualityMark.Shared.DataExport;

/// <summary>
/// One table of an export. Values are null, string, long, decimal, double, bool, DateOnly or DateTimeOffset only
/// (see <see cref="DataExportValues"/>), so the zip writer can write them to JSON and CSV alike.
/// </summary>
public sealed record DataExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
