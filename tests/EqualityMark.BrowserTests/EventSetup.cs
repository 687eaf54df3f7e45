using System.Security.Cryptography;
using EqualityMark.Events.Data;
using EqualityMark.Events.Domain;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.BrowserTests;

/// <summary>Data an Events test owns: a school whose package is active (signed up, approved, invoice paid) and its own advisor.</summary>
internal static class EventSetup
{
    public const string AdminEmail = "admin@lancashire.example";

    public const string AdminName = "Alex Morgan";

    /// <summary>A fresh lancashire school on a package ("Bronze", "Silver" or "Gold"), through the real sign-up flow.</summary>
    public static async Task<TestSchool> CreateSubscribedSchoolAsync(this BrowserFixture fixture, string package)
    {
        var (school, signUpId) = await fixture.SubmitSignUpAsync(package);
        var tenant = await fixture.TenantAsync("lancashire");
        await SendAsync(fixture, tenant, new ApproveSignUpCommand(signUpId, SubscriptionYear.Current));
        var invoice = (await SendAsync(fixture, tenant, new ListInvoicesQuery(school.Id))).Single();
        await SendAsync(fixture, tenant, new MarkInvoicePaidCommand(invoice.Id));
        return school;
    }

    /// <summary>A fresh lancashire school's sign-up by invoice, waiting for the authority to review it. Returns the sign-up's id.</summary>
    public static async Task<(TestSchool School, Guid SignUpId)> SubmitSignUpAsync(this BrowserFixture fixture, string package)
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        var tenant = await fixture.TenantAsync("lancashire");
        var s = await SendAsync(fixture, tenant, new GetSchoolQuery(school.Id));
        var catalogue = await SendAsync(fixture, tenant, new GetCatalogueQuery());
        var packageId = catalogue.Packages.Single(p => p.Name == package).Id;
        var signUp = await SendAsync(fixture, tenant, new SubmitSignUpCommand(s.Name, s.Urn, nameof(SchoolPhase.Primary), s.AddressLine1, s.Town, s.Postcode,
            TestSchool.CoordinatorName, school.CoordinatorEmail, packageId, PaymentMethod.Invoice, "PO-BROWSER"));
        return (school, signUp.Id);
    }

    /// <summary>A lancashire advisor no other test uses, so their diary never clashes. Returns the full name.</summary>
    public static async Task<string> CreateAdvisorAsync(this BrowserFixture fixture, bool available = true) =>
        (await fixture.CreateAdvisorWithEmailAsync(available)).Name;

    /// <summary>As <see cref="CreateAdvisorAsync"/>, with the email address they sign in with.</summary>
    public static async Task<(string Name, string Email)> CreateAdvisorWithEmailAsync(this BrowserFixture fixture, bool available = true)
    {
        var tenant = await fixture.TenantAsync("lancashire");
        var suffix = RandomNumberGenerator.GetHexString(6).ToLowerInvariant();
        var name = $"Avery Advisor {suffix}";
        await using var scope = fixture.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        var id = await TestSchools.CreateUserAsync(scope.ServiceProvider.GetRequiredService<UserManager<User>>(), $"advisor-{suffix}@example.org", name, Roles.Advisor, null);
        if (available)
        {
            // Available from a year ago to two years ahead, so visits can be confirmed with them.
            var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
            db.AvailabilitySlots.Add(new AvailabilitySlot { AdvisorId = id, AdvisorName = name, StartsAt = DateTimeOffset.UtcNow.AddDays(-366), EndsAt = DateTimeOffset.UtcNow.AddDays(731) });
            await db.SaveChangesAsync();
        }

        return (name, $"advisor-{suffix}@example.org");
    }

    internal static async Task<T> SendAsync<T>(BrowserFixture fixture, TenantInfo tenant, IRequest<T> request)
    {
        await using var scope = fixture.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
