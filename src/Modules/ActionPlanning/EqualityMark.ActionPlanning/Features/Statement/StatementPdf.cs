using System.Globalization;
using EqualityMark.Shared.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>The public statement as an A4 PDF: the same content as the page, small counts already suppressed.</summary>
internal static class StatementPdf
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static byte[] Write(PublicStatementDto statement, string programmeName)
    {
        DebianFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"{statement.SchoolName}: equality information and objectives";
        var pages = new PdfFlow(document);
        pages.Heading($"{statement.SchoolName}: equality information and objectives", 18);
        pages.Paragraph($"URN {statement.SchoolUrn}. Published {statement.PublishedAt.ToString("d MMMM yyyy", English)} (version {statement.Version}). " +
            $"Approved by {statement.ApprovedBy} on {Day(statement.ApprovedOn)}.");
        pages.Heading("Equality information", 14);
        pages.Paragraph(statement.InformationNarrative);
        foreach (var figure in statement.Figures)
        {
            pages.Paragraph($"{figure.Strand} – {figure.Group}: {figure.Count}{(figure.OutOf is { } outOf ? $" out of {outOf}" : string.Empty)}");
        }

        pages.Heading("Equality objectives", 14);
        pages.Paragraph(statement.ObjectivesNarrative);
        foreach (var objective in statement.Objectives)
        {
            pages.Heading(objective.Title, 12);
            pages.Paragraph($"Success looks like: {objective.SuccessCriteria}");
            foreach (var action in objective.Actions)
            {
                pages.Paragraph($"• {action.Description} ({action.Status}, due {Day(action.DueOn)})");
            }
        }

        pages.Heading("Review dates", 14);
        pages.Paragraph($"Objectives next reviewed by {Day(statement.ObjectivesReviewOn)}. Equality information next updated by {Day(statement.InformationReviewOn)}.");
        pages.Paragraph(programmeName);
        pages.Finish();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>Writes headings and wrapped paragraphs top to bottom, starting a new page when one is full.</summary>
    private sealed class PdfFlow(PdfDocument document)
    {
        private const double Margin = 56;
        private XGraphics? _graphics;
        private double _y;
        private double _width;
        private double _bottom;

        public void Heading(string text, double size) => Write(text, new XFont(DebianFontResolver.Family, size, XFontStyleEx.Bold), size * 0.6);

        public void Paragraph(string text)
        {
            foreach (var line in text.Split('\n'))
            {
                Write(line, new XFont(DebianFontResolver.Family, 10.5, XFontStyleEx.Regular), 5);
            }
        }

        public void Finish() => _graphics?.Dispose();

        private void Write(string text, XFont font, double spaceAfter)
        {
            var lineHeight = font.GetHeight() * 1.2;
            foreach (var line in Wrap(text, font))
            {
                if (_graphics is null || _y + lineHeight > _bottom)
                {
                    NewPage();
                }

                _graphics!.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, _width, lineHeight), XStringFormats.TopLeft);
                _y += lineHeight;
            }

            _y += spaceAfter;
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

        private IEnumerable<string> Wrap(string text, XFont font)
        {
            if (_graphics is null)
            {
                NewPage();
            }

            var line = string.Empty;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && _graphics!.MeasureString(candidate, font).Width > _width)
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
}
