using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EqualityMark.Accreditation.Features.Certificates;

/// <summary>
/// One A4 landscape page: the authority and its mark at the top, the school and the award in the middle, the dates,
/// the certificate number and a QR code of the public verify page at the foot. Long names shrink to fit the width.
/// </summary>
internal static class CertificatePdf
{
    private static readonly XColor Blue = XColor.FromArgb(0x1d, 0x70, 0xb8);
    private static readonly XColor Ink = XColor.FromArgb(0x0b, 0x0c, 0x0c);
    private static readonly XColor Grey = XColor.FromArgb(0x50, 0x5a, 0x5f);

    public static byte[] Write(CertificateContent c)
    {
        DebianFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"{c.Title}: {c.SchoolName}";
        document.Info.Author = c.AuthorityName;
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        page.Orientation = PdfSharp.PageOrientation.Landscape;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            Draw(graphics, c, page.Width.Point, page.Height.Point);
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void Draw(XGraphics g, CertificateContent c, double width, double height)
    {
        g.DrawRectangle(new XPen(Blue, 6), 24, 24, width - 48, height - 48);
        g.DrawRectangle(new XPen(Blue, 1), 36, 36, width - 72, height - 72);
        var line = new Centred(g, width, 84);
        line.Write(c.AuthorityName, 14, bold: false, Grey, 6);
        line.Write(c.ProgrammeName, 18, bold: true, Blue, 26);
        line.Write(c.IsMark ? "Certificate of accreditation" : "Certificate of award", 13, bold: false, Grey, 22);
        line.Write("This certifies that", 13, bold: false, Ink, 12);
        line.Write(c.SchoolName, 30, bold: true, Ink, 4);
        line.Write($"URN {c.SchoolUrn}", 11, bold: false, Grey, 18);
        line.Write(c.IsMark ? "has achieved the" : "has been awarded the", 13, bold: false, Ink, 10);
        line.Write(c.Title, 26, bold: true, Blue, 18);
        var dates = $"Awarded on {UkDates.Long(c.AwardedOn)}" + (c.ExpiresOn is { } expires ? $" and valid until {UkDates.Long(expires)}" : string.Empty);
        line.Write(dates, 13, bold: false, Ink, 0);

        const double qrSize = 96;
        var footTop = height - 60 - qrSize;
        QrCodeDrawing.Draw(g, c.VerifyUrl, width - 60 - qrSize, footTop, qrSize);
        var small = new XFont(DebianFontResolver.Family, 9.5, XFontStyleEx.Regular);
        var bold = new XFont(DebianFontResolver.Family, 11, XFontStyleEx.Bold);
        g.DrawString($"Certificate number {c.CertificateNumber}", bold, new XSolidBrush(Ink), new XPoint(60, footTop + 50));
        g.DrawString("Check that this award is valid today: scan the code or visit", small, new XSolidBrush(Grey), new XPoint(60, footTop + 70));
        g.DrawString(c.VerifyUrl, small, new XSolidBrush(Blue), new XPoint(60, footTop + 84));
    }

    /// <summary>Writes centred lines down the page, shrinking a line's type until it fits between the borders.</summary>
    private sealed class Centred(XGraphics graphics, double pageWidth, double top)
    {
        private readonly double _maxWidth = pageWidth - 160;
        private double _y = top;

        public void Write(string text, double size, bool bold, XColor colour, double spaceAfter)
        {
            var font = Font(size, bold);
            while (graphics.MeasureString(text, font).Width > _maxWidth && size > 9)
            {
                size -= 1;
                font = Font(size, bold);
            }

            var lineHeight = font.GetHeight();
            graphics.DrawString(text, font, new XSolidBrush(colour), new XRect(0, _y, pageWidth, lineHeight), XStringFormats.TopCenter);
            _y += lineHeight + spaceAfter;
        }

        private static XFont Font(double size, bool bold) => new(DebianFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
    }
}
