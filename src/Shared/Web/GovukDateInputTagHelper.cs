using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EqualityMark.Shared.Web;

/// <summary>
/// A GOV.UK date input (day, month, year) bound to a <see cref="DateInput"/>:
/// &lt;govuk-date-input asp-for="Input.DueOn" label="Due date" hint="For example, 27 3 2027" /&gt;.
/// The day box carries the field's id, so the error summary's link lands on it. When the field has an error, the
/// boxes in error are marked (the missing or wrong ones, see <see cref="DateInput.PartsInError"/>), otherwise all three.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : GovukFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var input = For.Model as DateInput ?? new DateInput();
        IReadOnlyList<string> marked = Error is null ? [] : input.PartsInError is { Count: > 0 } parts ? parts : ["day", "month", "year"];
        string Width(string part, string width) => width + (marked.Contains(part) ? " govuk-input--error" : string.Empty);
        var items = string.Concat(
            Part("Day", input.Day, Id, Width("day", "govuk-input--width-2")),
            Part("Month", input.Month, $"{Id}_Month", Width("month", "govuk-input--width-2")),
            Part("Year", input.Year, $"{Id}_Year", Width("year", "govuk-input--width-4")));
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
            $"{hint}{message}<div class=\"govuk-date-input\" id=\"{Id}-date-input\">{items}</div></fieldset>");
    }

    private string Part(string part, string? value, string id, string width) =>
        "<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">" +
        $"<label class=\"govuk-label govuk-date-input__label\" for=\"{id}\">{part}</label>" +
        $"<input class=\"govuk-input govuk-date-input__input {width}\" id=\"{id}\" name=\"{Name}.{part}\" type=\"text\" inputmode=\"numeric\" value=\"{Encoder.Encode(value ?? string.Empty)}\">" +
        "</div></div>";
}
