using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EqualityMark.Shared.Web;

/// <summary>A GOV.UK select bound to a model property, with its options.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSelectTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = Value;
        var options = string.Concat(Items.Select(item =>
            $"<option value=\"{Encoder.Encode(item.Value)}\"{(item.Value == current ? " selected" : string.Empty)}>{Encoder.Encode(item.Text)}</option>"));
        var classes = "govuk-select" + (Error is null ? string.Empty : " govuk-select--error");
        RenderGroup(output, $"<select class=\"{classes}\" id=\"{Id}\" name=\"{Name}\"{DescribedBy}>{options}</select>");
    }
}
