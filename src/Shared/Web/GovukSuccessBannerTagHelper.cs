using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EqualityMark.Shared.Web;

/// <summary>
/// The GOV.UK success banner shown after an action (POST-redirect-GET): &lt;govuk-success-banner message="@Model.Banner" /&gt;.
/// Renders nothing when there is no message, so pages need no condition around it.
/// </summary>
[HtmlTargetElement("govuk-success-banner", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSuccessBannerTagHelper(HtmlEncoder encoder) : TagHelper
{
    public string? Message { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (string.IsNullOrWhiteSpace(Message))
        {
            output.SuppressOutput();
            return;
        }

        output.Content.SetHtmlContent(
            "<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\" aria-labelledby=\"govuk-notification-banner-title\" data-module=\"govuk-notification-banner\">"
            + "<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"govuk-notification-banner-title\">Success</h2></div>"
            + $"<div class=\"govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">{encoder.Encode(Message)}</p></div></div>");
    }
}
