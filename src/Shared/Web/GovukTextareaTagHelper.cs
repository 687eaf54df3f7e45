using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EqualityMark.Shared.Web;

/// <summary>A GOV.UK textarea bound to a model property: &lt;govuk-textarea asp-for="Input.Note" label="Note" rows="5" /&gt;.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukFieldTagHelper
{
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = "govuk-textarea" + (Error is null ? string.Empty : " govuk-textarea--error");
        RenderGroup(output, $"<textarea class=\"{classes}\" id=\"{Id}\" name=\"{Name}\" rows=\"{Rows}\"{DescribedBy}>{Encoder.Encode(Value)}</textarea>");
    }
}
