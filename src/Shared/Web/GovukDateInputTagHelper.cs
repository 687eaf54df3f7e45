using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EqualityMark.Shared.Web;

/// <summary>
/// A GOV.UK date input (day, month, year) bound to a <see cref="DateInput"/>:
/// &lt;govuk-date-input asp-for="Input.DueOn" label="Due date" hint="For example, 27 3 2027" /&gt;.
/// The day box carries the field's id, so the error summary's link lands on it.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : GovukFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var input = For.Model as DateInput ?? new DateInput();
        var error = Error is null ? string.Empty : " govuk-input--error";
        var items = string.Concat(
            Part("Day", input.Day, Id, "govuk-input--width-2" + error),
            Part("Month", input.Month, $"{Id}_Month", "govuk-input--width-2" + error),
            Part("Year", input.Year, $"{Id}_Year", "govuk-input--width-4" + error));
        var hint = Hint is null ? string.Empty : $"<div id=\"{Id}-hint\" class=\"govuk-hint\">{Encoder.Encode(Hint)}</div>";
        var message = Error is null
            ? string.Empty
            : $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encoder.Encode(Error)}</p>";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        output.Content.SetHtmlContent(
            $"<fieldset class=\"govuk-fieldset\" role=\"group\"{DescribedBy}>" +
            $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{Encoder.Encode(Label)}</legend>" +
            $"{hint}{message}<div class=\"govuk-date-input\">{items}</div></fieldset>");
    }

    private string Part(string part, string? value, string id, string width) =>
        "<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">" +
        $"<label class=\"govuk-label govuk-date-input__label\" for=\"{id}\">{part}</label>" +
        $"<input class=\"govuk-input govuk-date-input__input {width}\" id=\"{id}\" name=\"{Name}.{part}\" type=\"text\" inputmode=\"numeric\" value=\"{Encoder.Encode(value ?? string.Empty)}\">" +
        "</div></div>";
}
