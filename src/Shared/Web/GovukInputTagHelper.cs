using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EqualityMark.Shared.Web;

/// <summary>A GOV.UK text input bound to a model property: &lt;govuk-input asp-for="Input.Email" label="Email address" type="email" /&gt;.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukFieldTagHelper
{
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>Extra width class, e.g. "govuk-input--width-10".</summary>
    public string? Width { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = "govuk-input" + (Width is null ? string.Empty : " " + Width) + (Error is null ? string.Empty : " govuk-input--error");
        var value = Type == "password" ? string.Empty : Encoder.Encode(Value);
        var autocomplete = Autocomplete is null ? string.Empty : $" autocomplete=\"{Autocomplete}\"";
        var spellcheck = Type is "email" or "password" ? " spellcheck=\"false\"" : string.Empty;
        RenderGroup(output,
            $"<input class=\"{classes}\" id=\"{Id}\" name=\"{Name}\" type=\"{Type}\" value=\"{value}\"{autocomplete}{spellcheck}{DescribedBy}>");
    }
}
