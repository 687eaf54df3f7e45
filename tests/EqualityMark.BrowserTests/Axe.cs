using System.Text.Json;
using Microsoft.Playwright;

namespace EqualityMark.BrowserTests;

/// <summary>
/// Runs axe-core (npm, pinned in package-lock.json, copied to the output by AxeCore.targets) in a page.
/// The page's context must bypass CSP: the site allows only its own scripts.
/// </summary>
internal static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private const string Run = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(v => ({
            id: v.id,
            impact: v.impact ?? 'unknown',
            help: v.help,
            targets: v.nodes.map(n => n.target.join(' ')),
          }));
        }
        """;

    /// <summary>Fails the test when the page has any violation of impact "serious" or "critical", naming each one.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var result = await page.EvaluateAsync<JsonElement>(Run);
        var violations = result.Deserialize<Violation[]>(JsonOptions) ?? [];
        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0,
            $"axe-core found {serious.Count} serious or critical violation(s) on {page.Url}:{Environment.NewLine}" +
            string.Join(Environment.NewLine, serious.Select(v => $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Targets)}")));
    }

    internal sealed record Violation(string Id, string Impact, string Help, string[] Targets);
}
