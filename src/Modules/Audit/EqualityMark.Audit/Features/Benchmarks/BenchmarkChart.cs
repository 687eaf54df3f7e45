using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Text;
using EqualityMark.Shared.Time;
using Microsoft.AspNetCore.Html;

namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>
/// One strand's figures as an SVG bar chart: per element, a bar per group split into red, amber and green shares.
/// It is an image with a title and description for screen readers; the table beside it carries every number. Drawn
/// with presentation attributes only, so the page's content security policy needs no inline styles.
/// </summary>
public static class BenchmarkChart
{
    private const int LabelWidth = 240, BarWidth = 400, BarHeight = 16, RowGap = 14;

    private static readonly (Rating Rating, string Colour)[] Segments = [(Rating.Red, "#d4351c"), (Rating.Amber, "#f47738"), (Rating.Green, "#00703c")];
    private const string Grey = "#b1b4b6";

    public static IHtmlContent Draw(BenchmarkStrandView view)
    {
        var f = view.Figures;
        var groups = new List<(string Name, Func<BenchmarkCellDto, BenchmarkShareDto?> Pick)>();
        if (view.Year.Authority.IsShown)
        {
            groups.Add((f.AuthorityName, c => c.Authority));
        }

        if (view.Year.AllAuthorities.IsShown)
        {
            groups.Add(("All authorities", c => c.AllAuthorities));
        }

        if (groups.Count == 0)
        {
            return HtmlString.Empty;
        }

        var id = $"chart-{view.StrandKey}-{view.Year.AcademicYear}";
        var rowHeight = groups.Count * BarHeight + RowGap;
        var height = f.Elements.Count * rowHeight + 30;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"em-benchmark-chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {LabelWidth + BarWidth + 10} {height}\" font-family=\"GDS Transport, arial, sans-serif\" focusable=\"false\">"));
        svg.Append(Invariant($"<title id=\"{id}-title\">{E(view.StrandName)}: share of {E(EnumNames.Of(f.Phase).ToLowerInvariant())} schools rating each element red, amber or green, {AcademicYear.Label(view.Year.AcademicYear)}</title>"));
        svg.Append(Invariant($"<desc id=\"{id}-desc\">For each element one bar for {E(string.Join(" and then one for ", groups.Select(g => g.Name)))}, split into red, amber and green shares; grey is not shown or not assessed. The table gives every figure.</desc>"));
        for (var e = 0; e < f.Elements.Count; e++)
        {
            var element = f.Elements[e];
            var cell = view.Year.Cell(element.Key, view.StrandKey);
            var top = e * rowHeight;
            var label = element.Name.Length > 36 ? element.Name[..35] + "…" : element.Name;
            svg.Append(Invariant($"<text x=\"0\" y=\"{top + BarHeight - 3}\" font-size=\"12\" fill=\"#0b0c0c\">{E(label)}</text>"));
            for (var g = 0; g < groups.Count; g++)
            {
                var share = cell is null ? null : groups[g].Pick(cell);
                var y = top + g * BarHeight;
                svg.Append(Bar(LabelWidth, y, BarWidth, Grey, $"{groups[g].Name}: not shown or not assessed"));
                double x = LabelWidth;
                foreach (var (rating, colour) in Segments)
                {
                    if (share?.Percent(rating) is { } percent and > 0)
                    {
                        var width = BarWidth * percent / 100.0;
                        svg.Append(Bar(x, y, width, colour, Invariant($"{groups[g].Name}: {rating.ToString().ToLowerInvariant()} {percent}%")));
                        x += width;
                    }
                }
            }
        }

        var legendY = f.Elements.Count * rowHeight + 18;
        var legendX = LabelWidth;
        foreach (var (name, colour) in Segments.Select(s => (s.Rating.ToString(), s.Colour)).Append(("Not shown or not assessed", Grey)))
        {
            svg.Append(Invariant($"<rect x=\"{legendX}\" y=\"{legendY - 10}\" width=\"12\" height=\"12\" fill=\"{colour}\"></rect>"));
            svg.Append(Invariant($"<text x=\"{legendX + 16}\" y=\"{legendY}\" font-size=\"12\" fill=\"#0b0c0c\">{E(name)}</text>"));
            legendX += 70;
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Bar(double x, int y, double width, string colour, string title) =>
        Invariant($"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{width:0.#}\" height=\"{BarHeight - 2}\" fill=\"{colour}\"><title>{E(title)}</title></rect>");

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
