using System.Net;
using System.Text.Json;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.IntegrationTests.Audit;
using EqualityMark.Organisations.Contracts;

namespace EqualityMark.IntegrationTests.Paging;

/// <summary>The authority's schools come 50 to a page, by name, on /schools and from /api/v1/schools, and only its own.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SchoolsPagingTests(AppFixture app)
{
    [Fact]
    public async Task Schools_come_fifty_to_a_page_with_the_phase_filter_kept()
    {
        await using var authority = await app.CreateAuthorityAsync();
        for (var i = 0; i < 53; i++)
        {
            await app.AddSchoolAsync(authority.Tenant, $"Paged School {i:D2}", SchoolPhase.Primary);
        }

        await app.AddSchoolAsync(authority.Tenant, "Paged School 99 (secondary)", SchoolPhase.Secondary);
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);

        var first = await admin.GetJsonAsync("/api/v1/schools?phase=Primary");
        var second = await admin.GetJsonAsync("/api/v1/schools?phase=Primary&page=2");
        Assert.Equal(50, first.GetProperty("items").GetArrayLength());
        Assert.Equal(53, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(50, second.GetProperty("pageSize").GetInt32());
        Assert.Equal(2, second.GetProperty("pages").GetInt32());
        Assert.Equal(["Paged School 50", "Paged School 51", "Paged School 52"], Names(second));
        Assert.Equal(54, (await admin.GetJsonAsync("/api/v1/schools")).GetProperty("total").GetInt32());
        await PagedApiAssert.RefusesBadPagesAsync(admin, "/api/v1/schools?phase=Primary", pages: 2);

        var page = await admin.GetStringAsync("/schools?Phase=Primary&page=2");
        Assert.Contains("Showing 51 to 53 of 53 schools", page, StringComparison.Ordinal);
        Assert.Contains("Paged School 52", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Paged School 49", page, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"govuk-pagination\" aria-label=\"Pages of schools\">", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/schools?Phase=Primary&amp;page=1\" rel=\"prev\"", page, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Page 2\" aria-current=\"page\"", page, StringComparison.Ordinal);

        // Pages are kind where the API is strict: past the end shows the last page, nonsense shows the first.
        Assert.Contains("Showing 51 to 53 of 53 schools", await admin.GetStringAsync("/schools?Phase=Primary&page=9"), StringComparison.Ordinal);
        Assert.Contains("Showing 1 to 50 of 53 schools", await admin.GetStringAsync("/schools?Phase=Primary&page=two"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_page_of_schools_holds_another_authoritys_school()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var own = new List<Guid>();
        for (var i = 0; i < 51; i++)
        {
            own.Add((await app.AddSchoolAsync(authority.Tenant, $"Own School {i:D2}", SchoolPhase.Primary)).Id);
        }

        var lancashireSchool = (await app.CreateAsync(app.Lancashire)).School;
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        var lancashireAdmin = await app.SignInAsync("lancashire", "admin");

        var seen = await admin.AllItemsAsync<SchoolDto>("/api/v1/schools");
        Assert.Equal(own.Order(), seen.Select(s => s.Id).Order());
        Assert.DoesNotContain(await lancashireAdmin.AllItemsAsync<SchoolDto>("/api/v1/schools"), s => own.Contains(s.Id));
        Assert.Contains(await lancashireAdmin.AllItemsAsync<SchoolDto>("/api/v1/schools"), s => s.Id == lancashireSchool.Id);
        foreach (var number in new[] { 1, 2 })
        {
            Assert.DoesNotContain(lancashireSchool.Name, await admin.GetStringAsync($"/schools?page={number}"), StringComparison.Ordinal);
        }

        var coordinator = await app.SignInAsAsync(app.Lancashire, (await app.CreateAsync(app.Lancashire)).CoordinatorEmail);
        var mine = await coordinator.GetJsonAsync("/api/v1/schools");
        Assert.Equal(1, mine.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/api/v1/schools?page=2")).StatusCode);
    }

    private static string[] Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToArray();
}
