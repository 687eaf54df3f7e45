using System.Net;
using System.Text.RegularExpressions;

namespace EqualityMark.IntegrationTests.Fuzz;

/// <summary>A POST form found on a page: where it posts, its fields with their current values, and which take typed text.</summary>
internal sealed partial record PageForm(string Page, string Action, IReadOnlyList<KeyValuePair<string, string>> Fields, IReadOnlyList<string> TextFields)
{
    private static readonly HashSet<string> TextTypes = ["text", "email", "tel", "number", "search", "url", "password", "date"];

    public override string ToString() => $"form on {Page} posting to {Action}";

    public static IEnumerable<PageForm> AllIn(string page, string html)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var attributes = form.Groups[1].Value;
            if (!Attribute(attributes, "method").Equals("post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var fields = new List<KeyValuePair<string, string>>();
            var textFields = new List<string>();
            foreach (Match input in InputPattern().Matches(form.Groups[2].Value))
            {
                var name = Attribute(input.Value, "name");
                var type = Attribute(input.Value, "type") is { Length: > 0 } t ? t.ToLowerInvariant() : "text";
                if (name.Length == 0 || type is "submit" or "button" or "file" || fields.Any(f => f.Key == name))
                {
                    continue;
                }

                fields.Add(new(name, Attribute(input.Value, "value")));
                if (TextTypes.Contains(type))
                {
                    textFields.Add(name);
                }
            }

            foreach (Match area in TextareaPattern().Matches(form.Groups[2].Value))
            {
                fields.Add(new(WebUtility.HtmlDecode(area.Groups[1].Value), string.Empty));
                textFields.Add(WebUtility.HtmlDecode(area.Groups[1].Value));
            }

            foreach (Match select in SelectPattern().Matches(form.Groups[2].Value))
            {
                fields.Add(new(WebUtility.HtmlDecode(select.Groups[1].Value), OptionPattern().Match(select.Groups[2].Value) is { Success: true } option
                    ? WebUtility.HtmlDecode(option.Groups[1].Value) : string.Empty));
            }

            var action = Attribute(attributes, "action");
            yield return new PageForm(page, action.Length == 0 ? page : action, fields, textFields);
        }
    }

    private static string Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : string.Empty;

    [GeneratedRegex("<form\\b([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();

    [GeneratedRegex("<textarea\\b[^>]*\\bname=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex TextareaPattern();

    [GeneratedRegex("<select\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option\\b[^>]*\\bvalue=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex OptionPattern();
}
