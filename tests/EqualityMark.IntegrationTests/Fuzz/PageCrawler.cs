using System.Net;
using System.Text.RegularExpressions;

namespace EqualityMark.IntegrationTests.Fuzz;

/// <summary>
/// Visits a signed-in user's pages breadth first from the pages without route values, following links on the same
/// host, and collects their POST forms. Downloads, sign-out and the API are left alone.
/// </summary>
internal static partial class PageCrawler
{
    private static readonly string[] Skipped =
        ["sign-out", ".pdf", ".csv", ".ics", ".jwt", ".json", "export", "download", "/files/", "/api/", "/error/", "/openapi", "/platform/metrics", "/admin/jobs", "/scalar"];

    public static async Task<(List<PageForm> Forms, List<string> ServerErrors)> CrawlAsync(HttpClient client, IEnumerable<string> start, int maxPages)
    {
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(queue);
        var forms = new List<PageForm>();
        var errors = new List<string>();
        while (queue.Count > 0 && seen.Count - queue.Count <= maxPages)
        {
            var page = queue.Dequeue();
            using var response = await client.GetAsync(page);
            if ((int)response.StatusCode >= 500)
            {
                errors.Add($"{(int)response.StatusCode} for GET {page}");
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            forms.AddRange(PageForm.AllIn(page, html));
            foreach (var link in LinkPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Split('#')[0]))
            {
                if (link.Length > 1 && !link.StartsWith("//", StringComparison.Ordinal) && !Skipped.Any(s => link.Contains(s, StringComparison.OrdinalIgnoreCase)) && seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        return (forms, errors);
    }

    [GeneratedRegex("href=\"(/[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
