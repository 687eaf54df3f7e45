using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EqualityMark.Shared.Pdf;

/// <summary>
/// Writes headings, wrapped paragraphs and simple tables top to bottom on A4 pages, starting a new page when one is
/// full. Call <see cref="DebianFontResolver.EnsureInstalled"/> before the first use.
/// </summary>
public sealed class PdfFlow(PdfDocument document, XColor? headingColour = null) : IDisposable
{
    private const double Margin = 56;
    private const double CellPadding = 3;
    private const double BodySize = 10.5;
    private readonly XBrush _headingBrush = new XSolidBrush(headingColour ?? XColors.Black);
    private XGraphics? _graphics;
    private double _y;
    private double _width;
    private double _bottom;

    public void Heading(string text, double size) => Write(text, new XFont(DebianFontResolver.Family, size, XFontStyleEx.Bold), size * 0.6, _headingBrush);

    public void Paragraph(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            Write(line, Body(XFontStyleEx.Regular), 5, XBrushes.Black);
        }
    }

    /// <summary>An image (PNG or JPEG) at the left margin, scaled down to fit the box and never up.</summary>
    public void Image(byte[] content, double maxWidth, double maxHeight)
    {
        EnsurePage();
        using var image = XImage.FromStream(new MemoryStream(content));
        var scale = Math.Min(1, Math.Min(maxWidth / image.PointWidth, maxHeight / image.PointHeight));
        var (width, height) = (image.PointWidth * scale, image.PointHeight * scale);
        if (_y + height > _bottom)
        {
            NewPage();
        }

        _graphics!.DrawImage(image, Margin, _y, width, height);
        _y += height + 12;
    }

    /// <summary>A table with a bold header row; <paramref name="widths"/> are shares of the page width.</summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double> widths)
    {
        EnsurePage();
        var total = widths.Sum();
        var columns = widths.Select(w => _width * w / total).ToList();
        Row(headers, columns, Body(XFontStyleEx.Bold), header: true);
        foreach (var row in rows)
        {
            Row(row, columns, Body(XFontStyleEx.Regular), header: false);
        }

        _y += 8;
    }

    /// <summary>Ends the last page; call before saving the document. Safe to call twice.</summary>
    public void Dispose()
    {
        _graphics?.Dispose();
        _graphics = null;
    }

    private static XFont Body(XFontStyleEx style) => new(DebianFontResolver.Family, BodySize, style);

    private void Row(IReadOnlyList<string> cells, List<double> columns, XFont font, bool header)
    {
        var lineHeight = font.GetHeight() * 1.2;
        var wrapped = cells.Select((text, i) => Wrap(text, font, columns[i] - (2 * CellPadding)).ToList()).ToList();
        var height = (wrapped.Max(lines => lines.Count) * lineHeight) + (2 * CellPadding);
        if (_y + height > _bottom)
        {
            NewPage();
        }

        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = new XRect(x, _y, columns[i], height);
            if (header)
            {
                _graphics!.DrawRectangle(new XSolidBrush(XColor.FromArgb(243, 242, 241)), cell);
            }

            _graphics!.DrawRectangle(new XPen(XColors.Gray, 0.5), cell);
            var y = _y + CellPadding;
            foreach (var line in wrapped[i])
            {
                _graphics.DrawString(line, font, XBrushes.Black, new XRect(x + CellPadding, y, columns[i] - (2 * CellPadding), lineHeight), XStringFormats.TopLeft);
                y += lineHeight;
            }

            x += columns[i];
        }

        _y += height;
    }

    private void Write(string text, XFont font, double spaceAfter, XBrush brush)
    {
        EnsurePage();
        var lineHeight = font.GetHeight() * 1.2;
        foreach (var line in Wrap(text, font, _width))
        {
            if (_y + lineHeight > _bottom)
            {
                NewPage();
            }

            _graphics!.DrawString(line, font, brush, new XRect(Margin, _y, _width, lineHeight), XStringFormats.TopLeft);
            _y += lineHeight;
        }

        _y += spaceAfter;
    }

    private void EnsurePage()
    {
        if (_graphics is null)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _width = page.Width.Point - (2 * Margin);
        _bottom = page.Height.Point - Margin;
        _y = Margin;
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        EnsurePage();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && _graphics!.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        yield return line;
    }
}
