namespace EqualityMark.Shared.DataExport;

/// <summary>One module's share of a data export: its tables and, for the file store, its files.</summary>
public sealed record DataExportPart(string Module, IReadOnlyList<DataExportTable> Tables, IReadOnlyList<DataExportFile> Files);
