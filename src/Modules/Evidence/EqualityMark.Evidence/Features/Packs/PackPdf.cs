using EqualityMark.Shared.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>The pack as an A4 PDF, headings in the authority's brand colour.</summary>
internal static class PackPdf
{
    public static byte[] Write(PackContent pack)
    {
        DebianFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = pack.Title;
        document.Info.Author = pack.AuthorityName;
        using (var flow = new PdfFlow(document, Brand(pack.BrandColour)))
        {
            if (pack.Logo is { } logo)
            {
                flow.Image(logo.Content, maxWidth: 180, maxHeight: 60);
            }

            foreach (var block in PackOutline.Blocks(pack))
            {
                switch (block)
                {
                    case PackHeading heading:
                        flow.Heading(heading.Text, heading.Level switch { 1 => 18, 2 => 14, _ => 12 });
                        break;
                    case PackParagraph paragraph:
                        flow.Paragraph(paragraph.Text);
                        break;
                    case PackTable table:
                        flow.Table(table.Headers, table.Rows, table.Widths);
                        break;
                }
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static XColor? Brand(string? colour) =>
        colour is { Length: 7 } && colour[0] == '#' && int.TryParse(colour[1..], System.Globalization.NumberStyles.HexNumber, null, out var rgb)
            ? XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF)
            : null;
}
