namespace EqualityMark.Organisations.Features.DataExport;

/// <summary>A written export: a zip in a temporary file that deletes itself when the stream is closed.</summary>
internal sealed record ExportedData(string FileName, Stream Zip);
