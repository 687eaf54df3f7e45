using System.Globalization;
using EqualityMark.Shared.Errors;

namespace EqualityMark.Shared.Paging;

/// <summary>
/// The API's "?page=": a whole number from 1 to the last page, otherwise a 400 naming the field "page".
/// (Pages are kinder: they show the nearest page.) No value means page 1.
/// </summary>
public static class ApiPage
{
    public const string Field = "page";

    public static async Task<PagedList<T>> SendAsync<T>(string? page, Func<int, Task<PagedList<T>>> send)
    {
        var requested = Parse(page);
        var result = await send(requested);
        if (requested > result.Pages)
        {
            throw RequestValidationException.For(Field, $"Page {requested} is past the last page, which is {result.Pages}");
        }

        return result;
    }

    public static int Parse(string? page)
    {
        if (string.IsNullOrWhiteSpace(page))
        {
            return 1;
        }

        return int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? number
            : throw RequestValidationException.For(Field, "Page must be a whole number, 1 or more");
    }
}
