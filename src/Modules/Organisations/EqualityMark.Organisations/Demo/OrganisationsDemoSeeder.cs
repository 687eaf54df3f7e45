using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Organisations.Features.Platform;
using EqualityMark.Shared.Modules;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Organisations.Demo;

/// <summary>Creates the demo authorities, schools and people if they are missing; changes nothing that exists.</summary>
internal sealed class OrganisationsDemoSeeder(TenantScopeFactory scopes, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 0;

    public async Task SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        await SeedOperatorAsync(options.Password, cancellationToken);
        foreach (var authority in DemoAuthorities.All)
        {
            var tenant = await EnsureTenantAsync(authority, cancellationToken);
            await using var scope = scopes.CreateScope(new TenantInfo(tenant.Id, tenant.Code, tenant.Name, tenant.ProgrammeName));
            var schoolIds = await EnsureSchoolsAsync(scope.ServiceProvider, authority, cancellationToken);
            await EnsurePeopleAsync(scope.ServiceProvider, authority, schoolIds, options.Password);
            await EnsureNotesAsync(scope.ServiceProvider, schoolIds[authority.Schools[0].Urn], cancellationToken);
        }
    }

    private async Task SeedOperatorAsync(string password, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(null);
        var db = scope.ServiceProvider.GetRequiredService<OrganisationsDbContext>();
        if (await db.PlatformOperators.AnyAsync(o => o.Email == DemoAuthorities.OperatorEmail, cancellationToken))
        {
            return;
        }

        var account = new PlatformOperator { Email = DemoAuthorities.OperatorEmail, FullName = "Platform Operator" };
        db.PlatformOperators.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        var hash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PlatformOperator>>().HashPassword(account, password);
        await scope.ServiceProvider.GetRequiredService<OperatorCredentialStore>().SetPasswordAsync(account.Id, hash, expectedStamp: null, cancellationToken);
    }

    private async Task<TenantDto> EnsureTenantAsync(DemoAuthority authority, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateScope(null);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var existing = (await mediator.Send(new ListTenantsQuery(), cancellationToken)).FirstOrDefault(t => t.Code == authority.Code);
        var administrator = DemoAuthorities.People(authority).First(p => p.Role == Roles.AuthorityAdmin);
        return existing ?? await mediator.Send(
            new CreateTenantCommand(authority.Code, authority.Name, authority.ProgrammeName, authority.ContactEmail, administrator.FullName, administrator.Email, Live: true, StartEmpty: true),
            cancellationToken);
    }

    private static async Task<Dictionary<string, Guid>> EnsureSchoolsAsync(IServiceProvider services, DemoAuthority authority, CancellationToken cancellationToken)
    {
        var mediator = services.GetRequiredService<IMediator>();
        var existing = (await mediator.Send(new ListSchoolsQuery(), cancellationToken)).ToDictionary(s => s.Urn, s => s.Id);
        foreach (var school in authority.Schools.Where(s => !existing.ContainsKey(s.Urn)))
        {
            var added = await mediator.Send(
                new AddSchoolCommand(school.Name, school.Urn, school.Phase, school.AddressLine1, school.Town, school.Postcode, school.Type), cancellationToken);
            existing[added.Urn] = added.Id;
        }

        return existing;
    }

    /// <summary>The first school shows a staff note and a co-ordinator hand-over on its timeline.</summary>
    private async Task EnsureNotesAsync(IServiceProvider services, Guid schoolId, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<OrganisationsDbContext>();
        if (await db.SchoolNotes.AnyAsync(n => n.SchoolId == schoolId, cancellationToken))
        {
            return;
        }

        var advisor = await db.Users.FirstAsync(u => u.Role == Roles.Advisor, cancellationToken);
        var coordinator = await db.Users.FirstAsync(u => u.SchoolId == schoolId && u.Role == Roles.SchoolCoordinator, cancellationToken);
        var now = clock.GetUtcNow();
        db.SchoolHistory.Add(new SchoolHistoryEntry
        {
            SchoolId = schoolId, At = now.AddMonths(-14), Text = $"Chris Parker handed the co-ordinator role to {coordinator.FullName}; Chris Parker left",
        });
        db.SchoolNotes.Add(new SchoolNote
        {
            SchoolId = schoolId, AuthorId = advisor.Id, AuthorName = advisor.FullName, WrittenAt = now.AddDays(-9),
            Text = "Spoke to the head: governors will review the equality objectives at their spring meeting. Offer the pupil voice workshop.",
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsurePeopleAsync(IServiceProvider services, DemoAuthority authority, Dictionary<string, Guid> schoolIds, string password)
    {
        var users = services.GetRequiredService<UserManager<User>>();
        foreach (var person in DemoAuthorities.People(authority))
        {
            var now = clock.GetUtcNow();
            if (await users.FindByEmailAsync(person.Email) is { } existing)
            {
                // The first administrator was invited when the authority was created: in the demo they have accepted.
                if (!existing.IsActivated)
                {
                    await users.AddPasswordAsync(existing, password);
                    existing.ActivatedAt = now;
                    existing.EmailConfirmed = true;
                    await users.UpdateAsync(existing);
                }

                continue;
            }

            var user = new User
            {
                UserName = person.Email,
                Email = person.Email,
                EmailConfirmed = true,
                FullName = person.FullName,
                Role = person.Role,
                SchoolId = person.SchoolUrn is null ? null : schoolIds[person.SchoolUrn],
                InvitedAt = now,
                InvitationExpiresAt = now,
                ActivatedAt = now,
            };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create demo user {person.Email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
        }
    }
}
