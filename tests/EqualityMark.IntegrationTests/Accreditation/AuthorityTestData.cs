using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.PublicPages;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>
/// An authority of a test's own, with an administrator and an advisor it can sign in as. Disposing it suspends it, so
/// jobs that fan out over every active authority (and other tests timing them) never meet it again.
/// </summary>
internal sealed record TestAuthority(TenantInfo Tenant, string AdminEmail, string AdvisorEmail, AppFixture App) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await App.SendAsync(null, new SetTenantStatusCommand(Tenant.Id, TenantStatus.Suspended));
        App.Factory.Services.GetRequiredService<Host.Tenancy.TenantRegistry>().Invalidate();
    }
}

/// <summary>Awards and summaries written straight into the Accreditation module's tables, and the authority's staff.</summary>
internal static class AuthorityTestData
{
    public static DateOnly Today => UkTime.Today(TimeProvider.System);

    public static async Task<TestAuthority> CreateAuthorityAsync(this AppFixture app)
    {
        var tenant = await IsolatedAuthority.CreateAsync(app);
        var admin = $"admin-{Guid.NewGuid():N}@example.org";
        var advisor = $"advisor-{Guid.NewGuid():N}@example.org";
        await app.CreateUserAsync(tenant, admin, "Ada Administrator", Roles.AuthorityAdmin, null);
        await app.CreateUserAsync(tenant, advisor, "Avery Advisor", Roles.Advisor, null);
        return new TestAuthority(tenant, admin, advisor, app);
    }

    /// <summary>A school without users (cheap), for tests that need many.</summary>
    public static Task<SchoolDto> AddSchoolAsync(this AppFixture app, TenantInfo tenant, string name, SchoolPhase phase)
    {
        var urn = TestUrns.Next();
        return app.SendAsync(tenant, new AddSchoolCommand(name, urn, phase, "1 Test Road", "Testtown", "TT1 1TT"));
    }

    public static async Task<Guid> AddAwardAsync(
        this AppFixture app, TenantInfo tenant, SchoolDto school, string? strandKey, DateOnly awardedOn, DateOnly? expiresOn, bool revoked = false)
    {
        await using var scope = app.Scope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AccreditationDbContext>();
        var unique = Guid.NewGuid().ToString("N").ToUpperInvariant();
        var award = new Award
        {
            SchoolId = school.Id,
            SchoolName = school.Name,
            SchoolUrn = school.Urn,
            SchoolPhase = school.Phase.ToString(),
            Kind = strandKey is null ? AwardKind.Mark : AwardKind.Badge,
            StrandKey = strandKey,
            Title = strandKey is null ? "Test Equality Mark" : $"{StrandTitle(strandKey)} Equality Badge",
            AwardedOn = awardedOn,
            ExpiresOn = expiresOn,
            CertificateNumber = $"TEST-{unique[..20]}",
            VerificationCode = unique[..24],
            AwardedBy = "Avery Advisor",
            AwardedAt = DateTimeOffset.UtcNow,
        };
        if (revoked)
        {
            award.Revoke("Awarded in error", "Ada Administrator", DateTimeOffset.UtcNow);
        }

        db.Awards.Add(award);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(new PublicPagesChanged(tenant.Id));
        return award.Id;
    }

    /// <summary>A summary moved through the real transitions to the given status.</summary>
    public static async Task<Guid> AddSummaryAsync(this AppFixture app, TenantInfo tenant, SchoolDto school, string strandKey, SummaryStatus status)
    {
        await using var scope = app.Scope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AccreditationDbContext>();
        var now = DateTimeOffset.UtcNow;
        var summary = new AccreditationSummary
        {
            SchoolId = school.Id, SchoolName = school.Name, StrandKey = strandKey, StrandName = StrandTitle(strandKey), StartedAt = now, StartedBy = "Casey Coordinator",
        };
        if (status != SummaryStatus.Draft)
        {
            summary.Send("Casey Coordinator", now);
        }

        if (status is SummaryStatus.Accepted or SummaryStatus.NotYet or SummaryStatus.Awarded)
        {
            summary.Accept(now);
        }

        switch (status)
        {
            case SummaryStatus.Returned: summary.Return(now); break;
            case SummaryStatus.NotYet: summary.NotYet(now); break;
            case SummaryStatus.Awarded: summary.Awarded(now); break;
        }

        db.Summaries.Add(summary);
        await db.SaveChangesAsync();
        return summary.Id;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<IReadOnlyList<Host.Email.Viewer.OutboundEmailDto>> EmailsToAsync(this AppFixture app, TenantInfo tenant, string email) =>
        app.SendAsync(tenant, new Host.Email.Viewer.ListOutboundEmailsQuery(email));

    private static string StrandTitle(string strandKey) => char.ToUpperInvariant(strandKey[0]) + strandKey[1..].Replace('-', ' ');
}
