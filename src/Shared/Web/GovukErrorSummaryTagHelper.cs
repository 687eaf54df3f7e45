using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EqualityMark.Shared.Web;

/// <summary>
/// GOV.UK error summary: one message per field (the field's first, the one the field itself shows), each linking to
/// its field, in the order the fields appear on the page. Renders nothing when valid.
/// </summary>
/// <remarks>
/// The summary sits above the fields, so its list is written only when the page is sent, once every field tag helper
/// below it has said where it is (<see cref="RenderedFields"/>). Messages for fields the page does not draw come last.
/// </remarks>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => new FieldError(entry.Key, entry.Value!.Errors[0].ErrorMessage))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.SetHtmlContent(new SummaryBody(errors, ViewContext.HttpContext));
    }

    private sealed record FieldError(string Key, string Message);

    /// <summary>The summary's contents, put in the fields' order when written (after the page has drawn them).</summary>
    private sealed class SummaryBody(IReadOnlyList<FieldError> errors, HttpContext httpContext) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var items = string.Concat(errors
                .OrderBy(e => RenderedFields.PositionOf(httpContext, e.Key))
                .Select(e => string.IsNullOrEmpty(e.Key)
                    ? $"<li>{encoder.Encode(e.Message)}</li>"
                    : $"<li><a href=\"#{FieldIds.For(e.Key)}\">{encoder.Encode(e.Message)}</a></li>"));
            writer.Write(
                "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>" +
                $"<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">{items}</ul></div></div>");
        }
    }
}
