namespace EqualityMark.Shared.DataExport;

/// <summary>A file to put in an export. Its content is opened only when the zip is written, one file at a time.</summary>
public sealed record DataExportFile(string Path, string ContentType, long Size, Func<CancellationToken, Task<Stream>> OpenAsync);
