using System.Net.Http.Json;
using System.Text.Json;

namespace EqualityMark.IntegrationTests;

/// <summary>Reads a paged API list (items, total, page, pageSize, pages) to its end, for tests that look for one row.</summary>
public static class PagedApi
{
    public static async Task<List<T>> AllItemsAsync<T>(this HttpClient client, string path)
    {
        var items = new List<T>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"{path}{separator}page={page}", Json.Options);
            items.AddRange(body.GetProperty("items").Deserialize<List<T>>(Json.Options)!);
            if (page >= body.GetProperty("pages").GetInt32())
            {
                return items;
            }
        }
    }
}
