using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;

namespace EqualityMark.IntegrationTests.Leaving;

/// <summary>A downloaded data export, read back entry by entry.</summary>
public sealed class ExportZip(IReadOnlyDictionary<string, byte[]> entries)
{
    public IReadOnlyDictionary<string, byte[]> Entries { get; } = entries;

    public static async Task<ExportZip> DownloadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var zip = new ZipArchive(body, ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            await using var content = entry.Open();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            entries[entry.FullName] = copy.ToArray();
        }

        return new ExportZip(entries);
    }

    /// <summary>An entry as text, without the byte order mark CSV files start with.</summary>
    public string Text(string path) => Encoding.UTF8.GetString(Entries[path]).TrimStart('\uFEFF');

    public JsonElement Json(string path) => JsonDocument.Parse(Entries[path]).RootElement;

    /// <summary>Every table file's text, to look for what must not be there.</summary>
    public string AllTables => string.Join('\n', Entries.Keys.Where(k => k.EndsWith(".json", StringComparison.Ordinal) || k.EndsWith(".csv", StringComparison.Ordinal)).Select(Text));
}
