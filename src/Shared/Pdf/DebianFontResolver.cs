using PdfSharp.Fonts;

namespace EqualityMark.Shared.Pdf;

/// <summary>
/// PDFsharp finds no fonts by itself on Linux: this gives it DejaVu Sans (Debian's fonts-dejavu-core), or
/// Liberation Sans (fonts-liberation) where DejaVu is missing, for every family it asks for. PDFsharp's resolver is
/// process-wide, so every module's PDFs (equality statements, certificates) install and share this one.
/// </summary>
public sealed class DebianFontResolver : IFontResolver
{
    /// <summary>The one family every PDF of the product asks for; regular and bold faces.</summary>
    public const string Family = "EqualityMark Sans";

    private static readonly string[][] Candidates =
    [
        ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"],
        ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"],
    ];

    private static readonly Lock Gate = new();

    /// <summary>Installs the resolver once per process (PDFsharp allows one, set before any font is used).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new DebianFontResolver();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "bold" : "regular");

    public byte[] GetFont(string faceName)
    {
        var path = Candidates[faceName == "bold" ? 1 : 0].FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("No TrueType font for PDFs: install Debian's fonts-dejavu-core (infra/ensure-fonts.sh).");
        return File.ReadAllBytes(path);
    }
}
