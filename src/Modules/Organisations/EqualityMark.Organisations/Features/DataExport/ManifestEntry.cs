namespace EqualityMark.Organisations.Features.DataExport;

/// <summary>A table file (with its row count) or an evidence file (with its size in bytes).</summary>
internal sealed record ManifestEntry(string Path, int? Rows, long? Bytes);
