using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace EqualityMark.Shared.Paging;

/// <summary>
/// A page's "?page=", read leniently: anything that is not a whole number means page 1, and the handler shows the
/// nearest page to one outside the list. Read from the query string because "page" is also Razor Pages' route value.
/// </summary>
public static class PageQueryString
{
    public static int PageNumber(this HttpRequest request) =>
        int.TryParse(request.Query[ApiPage.Field], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
}
