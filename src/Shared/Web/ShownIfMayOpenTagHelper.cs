using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EqualityMark.Shared.Web;

/// <summary>
/// Leaves an element (a link, or a list item holding one) out of the page when the person may not open the page it
/// points to, so nobody is offered a link that ends in "You do not have permission":
/// &lt;li em-if-may-open="/events/settings"&gt;&lt;a href="/events/settings"&gt;Settings&lt;/a&gt;&lt;/li&gt;.
/// </summary>
[HtmlTargetElement(Attributes = AttributeName)]
public sealed class ShownIfMayOpenTagHelper(IPageAccess access) : TagHelper
{
    private const string AttributeName = "em-if-may-open";

    [HtmlAttributeName(AttributeName)]
    public string Path { get; set; } = string.Empty;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!await access.MayOpenAsync(Path))
        {
            output.SuppressOutput();
        }
    }
}
