using System.IO.Compression;

namespace EqualityMark.Evidence.Storage;

/// <summary>
/// Says what a file is from its first bytes (and, for Office files, the parts inside the zip), never from its name.
/// Returns an error message for anything the store does not take.
/// </summary>
internal static class FileTypeDetector
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole2Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[][] ProgramMagics = [[0x4D, 0x5A], [0x7F, 0x45, 0x4C, 0x46], "#!"u8.ToArray(), [0xCA, 0xFE, 0xBA, 0xBE], [0xCF, 0xFA, 0xED, 0xFE]];

    /// <param name="extension">The name's extension, lower case with its dot: it picks between Office 97–2003 kinds, which share one container.</param>
    public static (EvidenceFileType? Type, string? Error) Detect(byte[] content, string extension)
    {
        if (Starts(content, PdfMagic))
        {
            return (EvidenceFileType.Pdf, null);
        }

        if (Starts(content, PngMagic))
        {
            return (EvidenceFileType.Png, null);
        }

        if (Starts(content, JpegMagic))
        {
            return (EvidenceFileType.Jpeg, null);
        }

        if (Starts(content, ZipMagic))
        {
            return DetectOpenXml(content);
        }

        if (Starts(content, Ole2Magic))
        {
            var legacy = EvidenceFileType.LegacyOffice.FirstOrDefault(t => t.Extensions.Contains(extension));
            return legacy is null ? (null, EvidenceFileRules.WrongType) : (legacy, null);
        }

        return ProgramMagics.Any(m => Starts(content, m)) ? (null, EvidenceFileRules.Program) : (null, EvidenceFileRules.WrongType);
    }

    private static (EvidenceFileType? Type, string? Error) DetectOpenXml(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml"))
            {
                return (null, EvidenceFileRules.WrongType);
            }

            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return (null, EvidenceFileRules.Macros);
            }

            EvidenceFileType? type = names.Contains("word/document.xml") ? EvidenceFileType.Word
                : names.Contains("xl/workbook.xml") ? EvidenceFileType.Excel
                : names.Contains("ppt/presentation.xml") ? EvidenceFileType.PowerPoint
                : null;
            return type is null ? (null, EvidenceFileRules.WrongType) : (type, null);
        }
        catch (InvalidDataException)
        {
            return (null, EvidenceFileRules.WrongType);
        }
    }

    private static bool Starts(byte[] content, byte[] magic) => content.Length >= magic.Length && content.AsSpan(0, magic.Length).SequenceEqual(magic);
}
