using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Drawing = DocumentFormat.OpenXml.Drawing;
using Pictures = DocumentFormat.OpenXml.Drawing.Pictures;
using WordDrawing = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>The authority's logo as an inline picture at the top of the Word document, at most 6 cm × 2 cm, with its alternative text.</summary>
internal static class PackWordLogo
{
    private const long EmuPerCentimetre = 360000;
    private const long MaxWidth = 6 * EmuPerCentimetre;
    private const long MaxHeight = 2 * EmuPerCentimetre;

    public static Paragraph Create(MainDocumentPart main, PackLogo logo, string authorityName)
    {
        var part = main.AddImagePart(logo.ContentType == "image/jpeg" ? ImagePartType.Jpeg : ImagePartType.Png);
        using (var stream = new MemoryStream(logo.Content))
        {
            part.FeedData(stream);
        }

        var (width, height) = Size(logo);
        var name = $"{authorityName} logo";
        var picture = new Pictures.Picture(
            new Pictures.NonVisualPictureProperties(
                new Pictures.NonVisualDrawingProperties { Id = 0U, Name = name, Description = name },
                new Pictures.NonVisualPictureDrawingProperties()),
            new Pictures.BlipFill(new Drawing.Blip { Embed = main.GetIdOfPart(part) }, new Drawing.Stretch(new Drawing.FillRectangle())),
            new Pictures.ShapeProperties(
                new Drawing.Transform2D(new Drawing.Offset { X = 0L, Y = 0L }, new Drawing.Extents { Cx = width, Cy = height }),
                new Drawing.PresetGeometry(new Drawing.AdjustValueList()) { Preset = Drawing.ShapeTypeValues.Rectangle }));
        var inline = new WordDrawing.Inline(
            new WordDrawing.Extent { Cx = width, Cy = height },
            new WordDrawing.DocProperties { Id = 1U, Name = name, Description = name },
            new WordDrawing.NonVisualGraphicFrameDrawingProperties(new Drawing.GraphicFrameLocks { NoChangeAspect = true }),
            new Drawing.Graphic(new Drawing.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        return new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Drawing(inline)));
    }

    /// <summary>The logo's size in EMUs at 96 pixels an inch, scaled down (never up) to fit the box.</summary>
    private static (long Width, long Height) Size(PackLogo logo)
    {
        const double emuPerPixel = 914400.0 / 96;
        var (width, height) = (Math.Max(1, logo.PixelWidth) * emuPerPixel, Math.Max(1, logo.PixelHeight) * emuPerPixel);
        var scale = Math.Min(1, Math.Min(MaxWidth / width, MaxHeight / height));
        return ((long)(width * scale), (long)(height * scale));
    }
}
