using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace EqualityMark.IntegrationTests.Fuzz;

/// <summary>
/// Property: whatever bad text a person (or a script) types into any form on any page they can reach, the answer is
/// never a server error and never a success. Forms are found by visiting pages; every typed field gets a generated
/// bad value, so no generated post can be a valid change.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class PageFormFuzzTests(AppFixture app, ITestOutputHelper output)
{
    private const int CasesPerForm = 2;
    private const int PagesPerUser = 45;
    private const ulong Seed = 20_260_530;

    private static readonly string[] TenantPages =
    [
        "/", "/sign-up", "/account/sign-in", "/schools", "/schools/add", "/people", "/people/invite", "/audit", "/audit/reference-group",
        "/audit/settings", "/audit/framework", "/meetings", "/meetings/new", "/visits", "/visits/availability", "/events/settings", "/action-plan",
        "/action-plan/settings", "/action-plan/objectives/new", "/action-plan/equality-statement", "/accreditation", "/accreditation/settings",
        "/accreditation/review", "/admin/packages", "/admin/phase-bands", "/admin/sign-ups", "/admin/subscription-terms", "/admin/subscriptions",
        "/admin/invoices", "/admin/payments", "/admin/renewals", "/admin/audit-log/retention", "/setup", "/setup/identity", "/setup/email", "/our-package",
    ];

    private static readonly string[] PlatformPages = ["/platform", "/platform/tenants/new", "/platform/audit-log"];

    /// <summary>
    /// ASP.NET Core itself refuses a form holding NUL (400 before any page code), so NUL is rare here and the other
    /// bad values reach the pages' handlers and the input rule.
    /// </summary>
    private static readonly Gen<string> BadFormText = Gen.Frequency(
        (1, Gen.Constant("Fuzz\u0000Text")),
        (12, BadJson.BadText.Where(t => !t.Contains('\u0000', StringComparison.Ordinal)).Select(t => t == BadJson.LoneSurrogateMarker ? "Bell\u0007" : t)));

    [Fact]
    public async Task No_page_form_answers_bad_input_with_a_server_error_or_accepts_it()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var users = new (string Who, HttpClient Client, string[] Start)[]
        {
            ("anonymous", app.Factory.ForTenant("lancashire"), ["/", "/sign-up", "/account/sign-in"]),
            ("authority admin", await app.SignInAsync("lancashire", "admin"), TenantPages),
            ("school co-ordinator", await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail), TenantPages),
            ("operator", await app.SignInOperatorAsync(), PlatformPages),
        };

        var failures = new List<string>();
        var posted = 0;
        var statuses = new List<int>();
        var errorSummaries = 0;
        var index = 0UL;
        foreach (var (who, client, start) in users)
        {
            var (forms, pageErrors) = await PageCrawler.CrawlAsync(client, start, PagesPerUser);
            failures.AddRange(pageErrors.Select(e => $"{e} as {who}"));
            foreach (var form in forms.Where(f => f.TextFields.Count > 0).DistinctBy(f => (f.Action.Split('?')[0], string.Join(',', f.Fields.Select(x => x.Key)))))
            {
                foreach (var values in Gen.Sample(BadValues(form), 10, new Rnd(Seed + index++), CasesPerForm))
                {
                    using var response = await client.PostAsync(form.Action, new FormUrlEncodedContent(values));
                    posted++;
                    statuses.Add((int)response.StatusCode);
                    errorSummaries += (await response.Content.ReadAsStringAsync()).Contains("govuk-error-summary", StringComparison.Ordinal) ? 1 : 0;
                    // A redirect is the pages' "done" (post-redirect-get): bad input must never get that far.
                    if ((int)response.StatusCode is >= 500 or (>= 300 and < 400))
                    {
                        failures.Add($"{(int)response.StatusCode} as {who}: {form} with {string.Join(", ", values.Where(v => form.TextFields.Contains(v.Key)).Select(v => $"{v.Key}={v.Value[..Math.Min(v.Value.Length, 40)]}"))}");
                    }
                }
            }
        }

        var histogram = string.Join(", ", statuses.CountBy(s => s).OrderBy(c => c.Key).Select(c => $"{c.Key}: {c.Value}"));
        output.WriteLine($"{posted} form posts, {errorSummaries} answered with the error summary ({histogram})");
        Assert.True(failures.Count == 0, $"{failures.Count} server errors:\n{string.Join('\n', failures)}");
        // Most posts must reach their handlers and come back with the GOV.UK error summary, not stop at the anti-forgery check.
        Assert.True(posted >= 20 && errorSummaries * 3 >= posted, $"{posted} form posts, {errorSummaries} with an error summary ({histogram})");
    }

    /// <summary>Every typed field gets a bad value; hidden fields (the anti-forgery token, ids) and choices keep theirs.</summary>
    private static Gen<List<KeyValuePair<string, string>>> BadValues(PageForm form) =>
        Gen.CollectToList(form.TextFields.Select(_ => BadFormText))
            .Select(bad => form.Fields.Select(f => Array.IndexOf([.. form.TextFields], f.Key) is var i and >= 0 ? new KeyValuePair<string, string>(f.Key, bad[i]) : f).ToList());
}
