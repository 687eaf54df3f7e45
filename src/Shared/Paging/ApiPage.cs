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

    public static Task<PagedList<T>> SendAsync<T>(string? page, Func<int, Task<PagedList<T>>> send) =>
        SendAsync(page, send, result => result.Pages);

    /// <summary>For answers with their own page envelope (the audit logs, school notes, the grid's history).</summary>
    /// <param name="pages">How many pages the answer says there are.</param>
    /// <param name="field">The query string's name for the page, as the 400 names it.</param>
    public static async Task<T> SendAsync<T>(string? page, Func<int, Task<T>> send, Func<T, int> pages, string field = Field)
    {
        var requested = Parse(page, field);
        var result = await send(requested);
        var last = pages(result);
        if (requested > last)
        {
            throw RequestValidationException.For(field, $"Page {requested} is past the last page, which is {last}");
        }

        return result;
    }

    public static int Parse(string? page, string field = Field)
    {
        if (string.IsNullOrWhiteSpace(page))
        {
            return 1;
        }

        return int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? number
            : throw RequestValidationException.For(field, "Page must be a whole number, 1 or more");
    }
}
