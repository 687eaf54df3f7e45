using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests;

/// <summary>A fresh school with a signed-up co-ordinator and member, so a test owns all of its data.</summary>
public sealed record TestSchool(SchoolDto School, string CoordinatorEmail, Guid CoordinatorId, string MemberEmail, Guid MemberId);

public static class TestSchools
{
    public static async Task<TestSchool> CreateAsync(this AppFixture app, TenantInfo tenant, SchoolPhase phase = SchoolPhase.Primary)
    {
        var urn = TestUrns.Next();
        var school = await app.SendAsync(tenant, new AddSchoolCommand($"Test School {urn}", urn, phase, "1 Test Road", "Testtown", "TT1 1TT"));
        var coordinator = await CreateUserAsync(app, tenant, $"coord-{urn}@example.org", "Casey Coordinator", Roles.SchoolCoordinator, school.Id);
        var member = await CreateUserAsync(app, tenant, $"member-{urn}@example.org", "Morgan Member", Roles.SchoolMember, school.Id);
        return new TestSchool(school, $"coord-{urn}@example.org", coordinator, $"member-{urn}@example.org", member);
    }

    /// <summary>
    /// An advisor of their own, so a test's visits never clash with another test's in the advisor's diary. Unless told
    /// otherwise they are available from a year ago to two years ahead, so visits can be confirmed with them.
    /// </summary>
    public static async Task<Guid> CreateAdvisorAsync(this AppFixture app, TenantInfo tenant, bool available = true)
    {
        var id = await CreateUserAsync(app, tenant, $"advisor-{Guid.NewGuid():N}@example.org", "Avery Advisor", Roles.Advisor, null);
        if (available)
        {
            await app.AddAvailabilityAsync(tenant, id, DateTimeOffset.UtcNow.AddDays(-366), DateTimeOffset.UtcNow.AddDays(731));
        }

        return id;
    }

    /// <summary>A time the advisor can visit, written straight to the table (the command only takes one day from today).</summary>
    public static async Task<Guid> AddAvailabilityAsync(this AppFixture app, TenantInfo tenant, Guid advisorId, DateTimeOffset from, DateTimeOffset until)
    {
        await using var scope = app.Scope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var slot = new AvailabilitySlot { AdvisorId = advisorId, AdvisorName = "Avery Advisor", StartsAt = from, EndsAt = until };
        db.AvailabilitySlots.Add(slot);
        await db.SaveChangesAsync();
        return slot.Id;
    }

    public static async Task<HttpClient> SignInAsAsync(this AppFixture app, TenantInfo tenant, string email)
    {
        var client = app.Factory.ForTenant(tenant.Code);
        var response = await FormPost.SignInAsync(client, email);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<Guid> CreateUserAsync(this AppFixture app, TenantInfo tenant, string email, string name, string role, Guid? schoolId)
    {
        await using var scope = app.Scope(tenant);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var now = DateTimeOffset.UtcNow;
        var user = new User
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = name, Role = role, SchoolId = schoolId,
            InvitedAt = now, InvitationExpiresAt = now, ActivatedAt = now,
        };
        var result = await users.CreateAsync(user, EqualityMarkAppFactory.DemoPassword);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }
}
