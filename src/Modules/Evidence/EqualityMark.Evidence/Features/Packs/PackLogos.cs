using EqualityMark.Organisations.Contracts;
using PdfSharp.Drawing;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>The authority's logo as the pack documents need it: with its size read from the image itself.</summary>
internal static class PackLogos
{
    /// <summary>Null when there is no logo, or the stored bytes are not an image the documents can hold (the pack is made without it).</summary>
    public static PackLogo? Read(ProgrammeLogoDto? logo)
    {
        if (logo is null)
        {
            return null;
        }

        try
        {
            using var image = XImage.FromStream(new MemoryStream(logo.Content));
            return new PackLogo(logo.Content, logo.ContentType, image.PixelWidth, image.PixelHeight);
        }
        catch (Exception exception) when (exception is InvalidOperationException or NotSupportedException or ArgumentException or IOException)
        {
            return null;
        }
    }
}
