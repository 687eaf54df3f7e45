using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EqualityMark.Shared.Web;

/// <summary>
/// The GOV.UK pagination component: &lt;govuk-pagination page="@p.Page" pages="@p.Pages" label="Pages of schools" /&gt;.
/// Previous, numbered pages (first, last and those next to the current one, with ellipses between) and next.
/// Links keep this page's query string (its filters, less any <see cref="Drop"/>) and change only "page"; nothing renders for a single page.
/// </summary>
[HtmlTargetElement("govuk-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukPaginationTagHelper(HtmlEncoder encoder) : TagHelper
{
    public int Page { get; set; }

    public int Pages { get; set; }

    /// <summary>What the pages are of, read by screen readers: "Pages of schools".</summary>
    public string Label { get; set; } = "Pages";

    /// <summary>Query parameters not carried to other pages, comma-separated: a success banner's ("done,name").</summary>
    public string? Drop { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (Pages <= 1)
        {
            output.SuppressOutput();
            return;
        }

        var html = new StringBuilder($"<nav class=\"govuk-pagination\" aria-label=\"{encoder.Encode(Label)}\">");
        if (Page > 1)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Link(Page - 1)}\" rel=\"prev\"><span class=\"govuk-pagination__link-title\">Previous<span class=\"govuk-visually-hidden\"> page</span></span></a></div>");
        }

        html.Append("<ul class=\"govuk-pagination__list\">");
        foreach (var number in Shown())
        {
            html.Append(number is { } n
                ? $"<li class=\"govuk-pagination__item{(n == Page ? " govuk-pagination__item--current" : string.Empty)}\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Link(n)}\" aria-label=\"Page {n}\"{(n == Page ? " aria-current=\"page\"" : string.Empty)}>{n}</a></li>"
                : "<li class=\"govuk-pagination__item govuk-pagination__item--ellipses\">&ctdot;</li>");
        }

        html.Append("</ul>");
        if (Page < Pages)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Link(Page + 1)}\" rel=\"next\"><span class=\"govuk-pagination__link-title\">Next<span class=\"govuk-visually-hidden\"> page</span></span></a></div>");
        }

        output.Content.SetHtmlContent(html.Append("</nav>").ToString());
    }

    /// <summary>The first and last pages and those beside the current one; null where pages are skipped.</summary>
    private IEnumerable<int?> Shown()
    {
        int? previous = null;
        for (var n = 1; n <= Pages; n++)
        {
            if (n == 1 || n == Pages || Math.Abs(n - Page) <= 1)
            {
                if (previous is { } p && n - p > 1)
                {
                    yield return null;
                }

                previous = n;
                yield return n;
            }
        }
    }

    private static readonly HashSet<string> Replaced = new(["page", "handler"], StringComparer.OrdinalIgnoreCase);

    /// <summary>This address with the same query (a form's handler left out) and another page number.</summary>
    private string Link(int number)
    {
        var request = ViewContext.HttpContext.Request;
        var dropped = (Drop ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var kept = request.Query.Where(q => !Replaced.Contains(q.Key) && !dropped.Contains(q.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("page", number.ToString(CultureInfo.InvariantCulture)));
        return encoder.Encode(request.PathBase + request.Path + QueryString.Create(kept));
    }
}
