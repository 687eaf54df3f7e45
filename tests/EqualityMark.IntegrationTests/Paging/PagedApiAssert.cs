using System.Net;
using System.Net.Http.Json;
using EqualityMark.IntegrationTests.Api;

namespace EqualityMark.IntegrationTests.Paging;

/// <summary>What every paged API endpoint promises about "?page=": anything but a page of the list is a 400 naming "page".</summary>
internal static class PagedApiAssert
{
    public static async Task RefusesBadPagesAsync(HttpClient client, string path, int pages)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (var bad in new[] { "two", "0", "-1", "1.5", (pages + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            var response = await client.GetAsync($"{path}{separator}page={bad}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"?page={bad} answered {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>(Json.Options);
            Assert.NotEmpty(Assert.Contains("page", problem!.Errors)[0]);
        }
    }
}
