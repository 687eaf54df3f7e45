using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Tenancy;

/// <summary>The application's wall: the EF filter hides other tenants; SaveChanges stamps and refuses.</summary>
[Collection(AppTestGroup.Name)]
public sealed class EfTenantFilterTests(AppFixture app)
{
    [Fact]
    public async Task Queries_see_only_the_scopes_tenant()
    {
        await using var scope = app.Scope(app.Lancashire);
        var db = scope.ServiceProvider.GetRequiredService<OrganisationsDbContext>();
        var schools = await db.Schools.ToListAsync();
        Assert.NotEmpty(schools);
        Assert.All(schools, s => Assert.Equal(app.Lancashire.Id, s.TenantId));
        Assert.DoesNotContain(schools, s => s.Urn.StartsWith("9002", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_row_is_stamped_with_the_scopes_tenant()
    {
        var school = await app.SendAsync(app.Northdale, new AddSchoolCommand("Stamped School", UniqueUrn(), SchoolPhase.Primary, "1 Road", "Town", "ND1 1AA"));
        await using var scope = app.Scope(app.Northdale);
        var db = scope.ServiceProvider.GetRequiredService<OrganisationsDbContext>();
        Assert.Equal(app.Northdale.Id, (await db.Schools.SingleAsync(s => s.Id == school.Id)).TenantId);
    }

    [Fact]
    public async Task Saving_a_row_marked_for_another_tenant_is_refused()
    {
        await using var scope = app.Scope(app.Lancashire);
        var db = scope.ServiceProvider.GetRequiredService<OrganisationsDbContext>();
        var school = NewSchool();
        db.Schools.Add(school);
        db.Entry(school).Property(s => s.TenantId).CurrentValue = app.Northdale.Id;
        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Changing_a_tracked_row_of_another_tenant_is_refused()
    {
        await using var scope = app.Scope(app.Lancashire);
        var db = scope.ServiceProvider.GetRequiredService<OrganisationsDbContext>();
        var school = NewSchool();
        db.Attach(school);
        db.Entry(school).Property(s => s.TenantId).CurrentValue = app.Northdale.Id;
        db.Entry(school).Property(s => s.TenantId).OriginalValue = app.Northdale.Id;
        school.Name = "Hijacked";
        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
        db.Remove(school);
        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Without_a_tenant_nothing_tenant_owned_can_be_written()
    {
        await using var scope = app.Scope(null);
        var db = scope.ServiceProvider.GetRequiredService<OrganisationsDbContext>();
        db.Schools.Add(NewSchool());
        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
        Assert.Empty(await db.Schools.ToListAsync());
    }

    [Fact]
    public void A_scope_cannot_change_its_tenant()
    {
        using var scope = app.Scope(app.Lancashire);
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        Assert.Throws<TenantIsolationException>(() => context.Fix(app.Northdale));
        Assert.Equal(app.Lancashire.Id, ((ITenantContext)context).TenantId);
    }

    internal static string UniqueUrn() => TestUrns.Next();

    private static School NewSchool() => new()
    {
        Name = "Test School",
        Urn = UniqueUrn(),
        AddressLine1 = "1 Test Road",
        Town = "Testtown",
        Postcode = "TT1 1TT",
    };
}
