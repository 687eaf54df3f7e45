namespace EqualityMark.IntegrationTests.Audit;

/// <summary>The public programme page shows the mark's badges from the authority's own framework.</summary>
[Collection(AppTestGroup.Name)]
public sealed class ProgrammeBadgesTests(AppFixture app)
{
    [Fact]
    public async Task The_programme_page_lists_the_six_badges_without_signing_in()
    {
        var html = await app.Factory.ForTenant("lancashire").GetStringAsync("/programme");
        foreach (var badge in new[] { "Race", "Sex", "Disability", "Holistic Diversity", "Sexual Orientation", "Religion and Belief" })
        {
            Assert.Contains($"<dt class=\"govuk-summary-list__key\">{badge}</dt>", html, StringComparison.Ordinal);
        }

        Assert.Contains("young carers", html.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Contains("6 badges", html, StringComparison.Ordinal);
    }
}
