using DocumentFormat.OpenXml.Wordprocessing;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>The pack's Word styles: Arial body text, a title and two heading levels with outline levels.</summary>
internal static class PackWordStyles
{
    public static Styles Create(string headingColour) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" },
                new FontSize { Val = "22" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Heading("Title", "Title", 40, 0, headingColour),
        Heading("Heading1", "heading 1", 32, 0, headingColour),
        Heading("Heading2", "heading 2", 26, 1, headingColour));

    private static Style Heading(string id, string name, int halfPoints, int outlineLevel, string colour) =>
        new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = outlineLevel }),
            new StyleRunProperties(new Bold(), new Color { Val = colour }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
}
