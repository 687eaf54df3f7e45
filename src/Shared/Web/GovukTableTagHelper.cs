using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EqualityMark.Shared.Web;

/// <summary>
/// Every GOV.UK table (&lt;table class="govuk-table"&gt;) sits in a box that scrolls sideways when the table is wider
/// than the screen, so the page itself never does (site.css, .em-table-scroll). A table that is wide by nature and has
/// little to focus on (the grid, the heat-map) names its box with scroll-label="…": the box is then a labelled region
/// people can reach and scroll with the keyboard.
/// </summary>
[HtmlTargetElement("table", Attributes = "class")]
public sealed class GovukTableTagHelper(HtmlEncoder encoder) : TagHelper
{
    /// <summary>What the scrolling box holds, for a table with little to focus on inside it.</summary>
    public string? ScrollLabel { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes["class"]?.Value?.ToString() is not { } classes || !classes.StartsWith("govuk-table", StringComparison.Ordinal))
        {
            return;
        }

        output.PreElement.SetHtmlContent(ScrollLabel is null
            ? "<div class=\"em-table-scroll\">"
            : $"<div class=\"em-table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{encoder.Encode(ScrollLabel)}\">");
        output.PostElement.SetHtmlContent("</div>");
    }
}
