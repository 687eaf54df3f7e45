using System.Security.Cryptography;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.TestSupport;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.BrowserTests;

/// <summary>A fresh school with a co-ordinator and a member who can sign in, so a test owns its audit.</summary>
internal sealed record TestSchool(Guid Id, string Name, string CoordinatorEmail, string MemberEmail)
{
    public const string CoordinatorName = "Casey Coordinator";

    public const string MemberName = "Morgan Member";
}

internal static class TestSchools
{
    public static async Task<TestSchool> CreateSchoolAsync(this BrowserFixture fixture, string tenantCode)
    {
        var scopes = fixture.Services.GetRequiredService<TenantScopeFactory>();
        var tenant = await fixture.TenantAsync(tenantCode);
        var suffix = RandomNumberGenerator.GetHexString(8).ToLowerInvariant();
        var urn = RandomNumberGenerator.GetInt32(100_000, 900_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = scopes.CreateScope(tenant);
        var school = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
            new AddSchoolCommand($"Audit Browser School {suffix}", urn, SchoolPhase.Primary, "1 Test Road", "Testtown", "TT1 1TT"));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var coordinator = $"coord-{suffix}@example.org";
        var member = $"member-{suffix}@example.org";
        await CreateUserAsync(users, coordinator, TestSchool.CoordinatorName, Roles.SchoolCoordinator, school.Id);
        await CreateUserAsync(users, member, TestSchool.MemberName, Roles.SchoolMember, school.Id);
        return new TestSchool(school.Id, school.Name, coordinator, member);
    }

    public static async Task<TenantInfo> TenantAsync(this BrowserFixture fixture, string tenantCode)
    {
        await using var platform = fixture.Services.GetRequiredService<TenantScopeFactory>().CreateScope(null);
        var tenants = await platform.ServiceProvider.GetRequiredService<IMediator>().Send(new ListTenantsQuery());
        var dto = tenants.Single(t => t.Code == tenantCode);
        return new TenantInfo(dto.Id, dto.Code, dto.Name, dto.ProgrammeName);
    }

    internal static async Task<Guid> CreateUserAsync(UserManager<User> users, string email, string name, string role, Guid? schoolId)
    {
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
