using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>
/// The pack as a Word document: real heading styles (so the navigation pane and screen readers find the sections),
/// tables with a repeating header row, headings in the authority's brand colour.
/// </summary>
internal static class PackWord
{
    public static byte[] Write(PackContent pack)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = pack.Title;
            document.PackageProperties.Creator = pack.AuthorityName;
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = PackWordStyles.Create(Brand(pack.BrandColour));
            var body = new Body();
            if (pack.Logo is { } logo)
            {
                body.Append(PackWordLogo.Create(main, logo, pack.AuthorityName));
            }

            foreach (var block in PackOutline.Blocks(pack))
            {
                body.Append(block switch
                {
                    PackHeading heading => Paragraph(heading.Text, heading.Level == 1 ? "Title" : $"Heading{heading.Level - 1}"),
                    PackParagraph paragraph => Paragraph(paragraph.Text, null),
                    PackTable table => Table(table),
                    _ => throw new InvalidOperationException($"No Word drawing for {block.GetType().Name}."),
                });
                if (block is PackTable)
                {
                    body.Append(new Paragraph());
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(PackTable table)
    {
        var total = table.Widths.Sum();
        var widths = table.Widths.Select(w => (int)(9638 * w / total)).ToList();
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" });
        var result = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Dxa, Width = "9638" }));
        result.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        result.Append(Row(table.Headers, widths, header: true));
        foreach (var row in table.Rows)
        {
            result.Append(Row(row, widths, header: false));
        }

        return result;
    }

    private static TableRow Row(IReadOnlyList<string> cells, List<int> widths, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (header)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "F3F2F1" });
            }

            var run = new Run(new Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve });
            if (header)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(properties, new Paragraph(run)));
        }

        return row;
    }

    private static string Brand(string? colour) => colour is { Length: 7 } && colour[0] == '#' ? colour[1..].ToUpperInvariant() : "0B0C0C";
}
