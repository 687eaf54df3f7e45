using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EqualityMark.Shared.Web;

/// <summary>Shared parts of GOV.UK form fields: label, hint, error message and the form-group wrapper.</summary>
public abstract class GovukFieldTagHelper : TagHelper
{
    protected static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    protected string Name => For.Name;

    /// <summary>Tells the error summary above that this field is on the page, and where.</summary>
    public override void Init(TagHelperContext context) => RenderedFields.Add(ViewContext.HttpContext, For.Name);

    protected string Id => FieldIds.For(For.Name);

    protected string? Error =>
        ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry) && entry.ValidationState == ModelValidationState.Invalid
            ? entry.Errors.FirstOrDefault()?.ErrorMessage
            : null;

    /// <summary>The value to show: what the user sent (even if invalid), else the model's value.</summary>
    protected string Value =>
        ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : For.Model switch
            {
                // The formats date and time inputs read (an invariant DateOnly is "12/01/2026", which a date input drops).
                DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                TimeOnly time => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            };

    protected string DescribedBy
    {
        get
        {
            var ids = new List<string>();
            if (Hint is not null)
            {
                ids.Add($"{Id}-hint");
            }

            if (Error is not null)
            {
                ids.Add($"{Id}-error");
            }

            return ids.Count == 0 ? string.Empty : $" aria-describedby=\"{string.Join(' ', ids)}\"";
        }
    }

    protected void RenderGroup(TagHelperOutput output, string control)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        var hint = Hint is null ? string.Empty : $"<div id=\"{Id}-hint\" class=\"govuk-hint\">{Encoder.Encode(Hint)}</div>";
        var error = Error is null
            ? string.Empty
            : $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encoder.Encode(Error)}</p>";
        output.Content.SetHtmlContent(
            $"<label class=\"govuk-label govuk-label--s\" for=\"{Id}\">{Encoder.Encode(Label)}</label>{hint}{error}{control}");
    }
}
