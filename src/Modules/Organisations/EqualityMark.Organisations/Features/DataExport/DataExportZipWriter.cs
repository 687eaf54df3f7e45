using System.IO.Compression;
using System.Text;
using System.Text.Json;
using EqualityMark.Shared.DataExport;

namespace EqualityMark.Organisations.Features.DataExport;

/// <summary>
/// Writes modules' parts into a zip one part at a time: each table as &lt;module&gt;/&lt;table&gt;.json and .csv, each
/// file at its own path, and manifest.json last (it lists them all).
/// </summary>
internal sealed class DataExportZipWriter(Stream output) : IDisposable
{
    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly ZipArchive _zip = new(output, ZipArchiveMode.Create, leaveOpen: true);
    private readonly List<ManifestEntry> _entries = [];

    public IReadOnlyList<ManifestEntry> Entries => _entries;

    public async Task AddPartAsync(DataExportPart part, CancellationToken cancellationToken)
    {
        foreach (var table in part.Tables)
        {
            var path = $"{part.Module}/{table.Name}";
            await WriteAsync(path + ".json", stream => DataExportJson.WriteTableAsync(stream, table, cancellationToken));
            await WriteAsync(path + ".csv", stream => DataExportCsv.WriteTableAsync(stream, table, cancellationToken));
            _entries.Add(new ManifestEntry(path + ".json", table.Rows.Count, null));
            _entries.Add(new ManifestEntry(path + ".csv", table.Rows.Count, null));
        }

        foreach (var file in part.Files)
        {
            await using var content = await file.OpenAsync(cancellationToken);
            await WriteAsync(file.Path, stream => content.CopyToAsync(stream, cancellationToken));
            _entries.Add(new ManifestEntry(file.Path, null, file.Size));
        }
    }

    public Task AddManifestAsync(DataExportManifest manifest, CancellationToken cancellationToken) =>
        WriteAsync("manifest.json", stream => JsonSerializer.SerializeAsync(stream, manifest, ManifestJson, cancellationToken));

    private async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        await using var stream = _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        await write(stream);
    }

    public void Dispose() => _zip.Dispose();
}
