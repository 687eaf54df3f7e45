using Microsoft.AspNetCore.Http;

namespace EqualityMark.Shared.Web;

/// <summary>
/// The form fields a page has drawn so far, in the order they appear on it, so that the error summary
/// (drawn above them) can list its messages in the same order as the fields.
/// </summary>
public static class RenderedFields
{
    private static readonly object ItemKey = new();

    /// <summary>Notes that the field bound to <paramref name="modelKey"/> (e.g. Input.Email) is on the page.</summary>
    public static void Add(HttpContext httpContext, string modelKey)
    {
        if (httpContext.Items[ItemKey] is not List<string> fields)
        {
            fields = [];
            httpContext.Items[ItemKey] = fields;
        }

        if (!fields.Contains(modelKey, StringComparer.OrdinalIgnoreCase))
        {
            fields.Add(modelKey);
        }
    }

    /// <summary>Where the field bound to <paramref name="modelKey"/> is among the page's fields; after them all when it is not one.</summary>
    public static int PositionOf(HttpContext httpContext, string modelKey) =>
        httpContext.Items[ItemKey] is List<string> fields && fields.FindIndex(f => string.Equals(f, modelKey, StringComparison.OrdinalIgnoreCase)) is var index and >= 0
            ? index
            : int.MaxValue;
}
