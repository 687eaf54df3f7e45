using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EqualityMark.Shared.Web;

/// <summary>
/// The GOV.UK confirmation page before a destructive action: the question, what will happen, a warning button
/// that posts back to the same address and a "No, go back" link. Pages across modules share it (Razor partials
/// do not cross module assemblies): &lt;govuk-confirmation question="…" consequence="…" confirm="Yes, …" back-href="…" /&gt;.
/// </summary>
[HtmlTargetElement("govuk-confirmation", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukConfirmationTagHelper(IAntiforgery antiforgery, HtmlEncoder encoder) : TagHelper
{
    public string Question { get; set; } = string.Empty;

    public string Consequence { get; set; } = string.Empty;

    public string Confirm { get; set; } = string.Empty;

    public string BackHref { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        using var token = new StringWriter();
        antiforgery.GetHtml(ViewContext.HttpContext).WriteTo(token, encoder);
        output.Content.SetHtmlContent(
            $"<h1 class=\"govuk-heading-l\">{encoder.Encode(Question)}</h1>"
            + "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>"
            + $"<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span> {encoder.Encode(Consequence)}</strong></div>"
            + $"<form method=\"post\" novalidate>{token}<div class=\"govuk-button-group\">"
            + $"<button type=\"submit\" class=\"govuk-button govuk-button--warning\" data-module=\"govuk-button\">{encoder.Encode(Confirm)}</button>"
            + $"<a class=\"govuk-link\" href=\"{encoder.Encode(BackHref)}\">No, go back</a></div></form>");
    }
}
