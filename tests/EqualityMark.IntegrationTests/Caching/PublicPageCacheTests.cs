using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.Shared.Time;

namespace EqualityMark.IntegrationTests.Caching;

/// <summary>
/// The public pages are cached per authority for anonymous visitors only. A cache hit carries an Age header (the
/// output cache adds it to every response it serves from a stored copy); each test asks for its own query string, so
/// no other test's visit is the one cached.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed partial class PublicPageCacheTests(AppFixture app)
{
    [Fact]
    public async Task A_second_anonymous_visit_is_served_from_the_cache()
    {
        var anonymous = app.Factory.ForTenant("lancashire");
        var path = UniquePath("/register");

        var first = await anonymous.GetAsync(path);
        var second = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        var programme = path.Replace("/register", "/programme", StringComparison.Ordinal);
        Assert.Null((await anonymous.GetAsync(programme)).Headers.Age);
        Assert.NotNull((await anonymous.GetAsync(programme)).Headers.Age);
    }

    [Fact]
    public async Task One_authoritys_cached_page_is_never_served_on_another_authoritys_host()
    {
        var path = UniquePath("/register");
        await CachedForAnonymousAsync(path);

        var northdale = app.Factory.ForTenant("northdale");
        var first = await northdale.GetAsync(path);
        var html = await first.Content.ReadAsStringAsync();

        Assert.Null(first.Headers.Age);
        Assert.Contains(app.Northdale.ProgrammeName, html, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Lancashire.ProgrammeName, html, StringComparison.Ordinal);
        var again = await northdale.GetAsync(path);
        Assert.NotNull(again.Headers.Age);
        Assert.DoesNotContain(app.Lancashire.ProgrammeName, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_badge_awarded_shows_on_the_register_at_once_though_the_page_was_cached()
    {
        var school = await app.CreateAccreditationSchoolAsync(app.Lancashire);
        var admin = await app.SignInAsync("lancashire", "admin");
        var summaryId = await school.WriteAndSendAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.DecideAsync(summaryId, "accept")).StatusCode);
        var anonymous = app.Factory.ForTenant("lancashire");
        var path = UniquePath("/register?badge=race");
        var before = SchoolCount(await anonymous.GetStringAsync(path));
        Assert.NotNull((await anonymous.GetAsync(path)).Headers.Age);

        var outcome = await admin.RecordOutcomeAsync(summaryId, "Awarded", UkTime.Today(TimeProvider.System));
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);

        var after = await anonymous.GetAsync(path);
        Assert.Null(after.Headers.Age);
        Assert.Equal(before + 1, SchoolCount(await after.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Signed_in_visits_are_neither_cached_nor_served_the_anonymous_copy()
    {
        var path = UniquePath("/register");
        var anonymous = await CachedForAnonymousAsync(path);

        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        var first = await coordinator.GetAsync(path);
        var second = await coordinator.GetAsync(path);

        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
        Assert.Contains("Signed in as", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Signed in as", await (await anonymous.GetAsync(path)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Visits a Lancashire page twice without signing in; the second visit must come from the cache.</summary>
    private async Task<HttpClient> CachedForAnonymousAsync(string path)
    {
        var anonymous = app.Factory.ForTenant("lancashire");
        await anonymous.GetAsync(path);
        Assert.NotNull((await anonymous.GetAsync(path)).Headers.Age);
        return anonymous;
    }

    private static string UniquePath(string path) =>
        $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}visit={Guid.NewGuid():N}";

    private static int SchoolCount(string html) =>
        int.Parse(CountPattern().Match(html).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("id=\"register-count\">(\\d+) school")]
    private static partial Regex CountPattern();
}
