using EqualityMark.Organisations.Contracts;

namespace EqualityMark.IntegrationTests.Accreditation;

[Collection(AppTestGroup.Name)]
public sealed class RegisterTests(AppFixture app)
{
    [Fact]
    public async Task The_register_lists_only_valid_shown_awards_the_mark_first()
    {
        var school = await app.CreateAsync(app.Lancashire);
        await app.AddBadgeAsync(app.Lancashire, school.School, "race", "Race Equality Badge");
        await app.AddMarkAsync(app.Lancashire, school.School);
        await app.AddBadgeAsync(app.Lancashire, school.School, "sex", "Sex Equality Badge", awardedDaysAgo: 800, validYears: 2);
        await app.AddBadgeAsync(app.Lancashire, school.School, "disability", "Disability Equality Badge", revoked: true);
        await app.AddBadgeAsync(app.Lancashire, school.School, "sexual-orientation", "Sexual Orientation Equality Badge", shown: false);
        var onlyHidden = await app.CreateAsync(app.Lancashire);
        await app.AddBadgeAsync(app.Lancashire, onlyHidden.School, shown: false);

        var schools = await app.Factory.ForTenant("lancashire").RegisterSchoolsAsync();

        Assert.Equal([app.Lancashire.ProgrammeName, "Race Equality Badge"], schools.School(school.School.Urn)!.Value.AwardTitles());
        Assert.Null(schools.School(onlyHidden.School.Urn));
        Assert.Null((await app.Factory.ForTenant("northdale").RegisterSchoolsAsync()).School(school.School.Urn));
    }

    [Fact]
    public async Task Filters_by_phase_and_badge_narrow_the_register()
    {
        var special = await app.CreateAsync(app.Lancashire, SchoolPhase.ShortStay);
        await app.AddBadgeAsync(app.Lancashire, special.School, "religion-belief", "Religion and Belief Equality Badge");
        var primary = await app.CreateAsync(app.Lancashire);
        await app.AddBadgeAsync(app.Lancashire, primary.School, "race", "Race Equality Badge");
        var client = app.Factory.ForTenant("lancashire");

        var shortStay = await client.RegisterSchoolsAsync("&phase=ShortStay");
        Assert.NotNull(shortStay.School(special.School.Urn));
        Assert.Null(shortStay.School(primary.School.Urn));
        var religion = await client.RegisterSchoolsAsync("&badge=religion-belief");
        Assert.NotNull(religion.School(special.School.Urn));
        Assert.Null(religion.School(primary.School.Urn));
        Assert.Null((await client.RegisterSchoolsAsync("&phase=Primary&badge=religion-belief")).School(special.School.Urn));

        var html = await client.GetStringAsync("/register?phase=ShortStay&badge=religion-belief");
        Assert.Contains("Short stay", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">ShortStay<", html, StringComparison.Ordinal);
        Assert.Contains(special.School.Name, html, StringComparison.Ordinal);
        Assert.DoesNotContain(primary.School.Name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_is_paged_25_schools_at_a_time()
    {
        var client = app.Factory.ForTenant("lancashire");
        for (var i = 0; i < 26; i++)
        {
            await app.AddBadgeAsync(app.Lancashire, AwardTestData.SchoolOnly(SchoolPhase.Nursery), "holistic-diversity", "Holistic Diversity Equality Badge");
        }

        var first = await client.GetStringAsync("/register?phase=Nursery&badge=holistic-diversity");
        Assert.Contains("govuk-pagination", first, StringComparison.Ordinal);
        Assert.Contains("/register?phase=Nursery&amp;badge=holistic-diversity&amp;page=2", first, StringComparison.Ordinal);
        var second = await client.GetStringAsync("/register?phase=Nursery&badge=holistic-diversity&page=2");
        Assert.Contains("aria-label=\"Page 2\" aria-current=\"page\"", second, StringComparison.Ordinal);
        var all = await client.RegisterSchoolsAsync("&phase=Nursery&badge=holistic-diversity");
        Assert.True(all.Count >= 26);
        Assert.Equal(all.Count, all.Select(s => s.GetProperty("urn").GetString()).Distinct().Count());
    }
}
