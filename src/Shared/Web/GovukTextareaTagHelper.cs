using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EqualityMark.Shared.Web;

/// <summary>
/// A GOV.UK textarea bound to a model property: &lt;govuk-textarea asp-for="Input.Note" label="Note" rows="5" /&gt;.
/// With max-length="…" it is the GOV.UK character count, telling people how much they have left as they type.
/// </summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukFieldTagHelper
{
    public int Rows { get; set; } = 5;

    /// <summary>The most characters the field takes (the request's own limit); shown as a character count.</summary>
    public int? MaxLength { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = "govuk-textarea" + (Error is null ? string.Empty : " govuk-textarea--error");
        if (MaxLength is not { } max)
        {
            RenderGroup(output, $"<textarea class=\"{classes}\" id=\"{Id}\" name=\"{Name}\" rows=\"{Rows}\"{DescribedBy}>{Encoder.Encode(Value)}</textarea>");
            return;
        }

        var limit = max.ToString(CultureInfo.InvariantCulture);
        var describedBy = DescribedBy.Length == 0 ? $" aria-describedby=\"{Id}-info\"" : DescribedBy.Replace("aria-describedby=\"", $"aria-describedby=\"{Id}-info ", StringComparison.Ordinal);
        RenderGroup(output,
            $"<textarea class=\"{classes} govuk-js-character-count\" id=\"{Id}\" name=\"{Name}\" rows=\"{Rows}\"{describedBy}>{Encoder.Encode(Value)}</textarea>" +
            $"<div id=\"{Id}-info\" class=\"govuk-hint govuk-character-count__message\">You can enter up to {max:N0} characters</div>");
        output.Attributes.SetAttribute("class", output.Attributes["class"].Value + " govuk-character-count");
        output.Attributes.SetAttribute("data-module", "govuk-character-count");
        output.Attributes.SetAttribute("data-maxlength", limit);
    }
}
