using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace EqualityMark.IntegrationTests.ActionPlanning;

/// <summary>Uploads a file through a page's form, as a browser does (multipart, with the page's anti-forgery token).</summary>
public static partial class EvidenceUploads
{
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string pagePath, string fileName, byte[] content, string handler = "Evidence")
    {
        var html = await client.GetStringAsync(pagePath);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "File", fileName },
        };
        return await client.PostAsync($"{pagePath}?handler={handler}", form);
    }

    public static byte[] Pdf => "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static byte[] Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static byte[] WindowsProgram => [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    public static byte[] OfficeFile(params string[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in parts.Prepend("[Content_Types].xml"))
            {
                using var writer = new StreamWriter(zip.CreateEntry(part).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
