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
        using var pages = new PdfFlow(document);
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
        pages.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", English);
}
