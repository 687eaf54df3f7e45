using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.Api;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Data;
using EqualityMark.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Tenancy;

/// <summary>An authority from creation by the platform to its first administrator signing in to set it up.</summary>
[Collection(AppTestGroup.Name)]
public sealed partial class OnboardingTests(AppFixture app)
{
    [Fact]
    public async Task A_new_authority_comes_with_its_administrator_invited_to_its_own_site_and_the_built_in_template()
    {
        var platform = await app.SignInOperatorAsync();
        var (code, adminEmail) = NewCodes();
        var response = await platform.PostAsJsonAsync("/api/v1/platform/tenants", Body(code, adminEmail));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var tenant = (await response.Content.ReadFromJsonAsync<TenantDto>(Json.Options))!;
        Assert.Equal(TenantState.Invited, tenant.State);
        var info = Info(tenant);
        app.Factory.Services.GetRequiredService<Host.Tenancy.TenantRegistry>().Invalidate();

        var invitation = Assert.Single(await app.SendAsync(info, new ListOutboundEmailsQuery(adminEmail)));
        var link = LinkPattern().Match(invitation.Body).Value;
        Assert.StartsWith($"http://{code}.localhost/account/accept-invitation?", link, StringComparison.Ordinal);
        Assert.Contains("Westshire Equality Mark", invitation.Subject, StringComparison.Ordinal);

        await using (var scope = app.Scope(info))
        {
            var catalogue = scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>();
            Assert.Equal(["Bronze", "Silver", "Gold"], await catalogue.Packages.OrderBy(p => p.DisplayOrder).Select(p => p.Name).ToListAsync());
            Assert.Equal(2, await catalogue.PhaseBands.CountAsync());
            Assert.Equal(0, await catalogue.Set<EqualityMark.Subscriptions.Domain.PackagePrice>().CountAsync());
            Assert.True(await scope.ServiceProvider.GetRequiredService<AuditDbContext>().FrameworkVersions.AnyAsync(v => v.Status == FrameworkVersionStatus.Published));
        }

        var administrator = app.Factory.ForTenant(code);
        var accepted = await FormPost.SubmitAsync(administrator, new Uri(link).PathAndQuery,
            new Dictionary<string, string> { ["Input.Password"] = "river-lamp-orange-42", ["Input.ConfirmPassword"] = "river-lamp-orange-42" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var me = await administrator.GetFromJsonAsync<Me>("/api/v1/me");
        Assert.Equal("AuthorityAdmin", me!.Role);
        var listed = (await platform.GetFromJsonAsync<List<TenantDto>>("/api/v1/platform/tenants", Json.Options))!.Single(t => t.Id == tenant.Id);
        Assert.Equal(TenantState.SettingUp, listed.State);
        Assert.Equal(HttpStatusCode.Conflict, (await platform.PostAsync($"/api/v1/platform/tenants/{tenant.Id}/resend-invitation", null)).StatusCode);
    }

    [Fact]
    public async Task A_copy_takes_the_other_authoritys_packages_prices_and_framework_but_not_its_card_keys()
    {
        var platform = await app.SignInOperatorAsync();
        var (code, adminEmail) = NewCodes();
        var response = await platform.PostAsJsonAsync("/api/v1/platform/tenants", Body(code, adminEmail, app.Lancashire.Id));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var info = Info((await response.Content.ReadFromJsonAsync<TenantDto>(Json.Options))!);

        await using var lancashire = app.Scope(app.Lancashire);
        await using var copy = app.Scope(info);
        var source = lancashire.ServiceProvider.GetRequiredService<SubscriptionsDbContext>();
        var target = copy.ServiceProvider.GetRequiredService<SubscriptionsDbContext>();
        Assert.Equal(
            await source.Set<EqualityMark.Subscriptions.Domain.PackagePrice>().Select(p => p.AmountPence).OrderBy(p => p).ToListAsync(),
            await target.Set<EqualityMark.Subscriptions.Domain.PackagePrice>().Select(p => p.AmountPence).OrderBy(p => p).ToListAsync());
        Assert.Empty(await target.Set<EqualityMark.Subscriptions.Domain.StripeAccount>().ToListAsync());
        var framework = await copy.ServiceProvider.GetRequiredService<AuditDbContext>().FrameworkVersions.SingleAsync();
        Assert.Equal(FrameworkVersionStatus.Published, framework.Status);
    }

    [Fact]
    public async Task Bad_or_reserved_input_is_refused_with_field_messages_and_nothing_is_created()
    {
        var platform = await app.SignInOperatorAsync();
        var (code, _) = NewCodes();
        var response = await platform.PostAsJsonAsync("/api/v1/platform/tenants",
            new { code = "platform", name = "", programmeName = "Mark", contactEmail = "team@example.org", administratorName = "", administratorEmail = "not-an-email" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>();
        Assert.Equal(["AdministratorEmail", "AdministratorName", "Code", "Name"], problem!.Errors.Keys.Order());

        var noSource = await platform.PostAsJsonAsync("/api/v1/platform/tenants", Body(code, $"admin@{code}.example", Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.BadRequest, noSource.StatusCode);
        var tenants = await platform.GetFromJsonAsync<List<TenantDto>>("/api/v1/platform/tenants", Json.Options);
        Assert.DoesNotContain(tenants!, t => t.Code == code || t.Code == "platform");

        var page = await FormPost.SubmitAsync(platform, "/platform/tenants/new", new Dictionary<string, string>
        {
            ["Input.Code"] = "www", ["Input.Name"] = "Westshire", ["Input.ProgrammeName"] = "Mark", ["Input.ContactEmail"] = "team@example.org",
            ["Input.AdministratorName"] = "Ada", ["Input.AdministratorEmail"] = "ada@example.org", ["Input.Start"] = "copy",
        });
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("Choose the authority whose programme settings to copy", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_authorities_with_one_code_at_once_give_one_authority_and_a_conflict()
    {
        var platform = await app.SignInOperatorAsync();
        var (code, adminEmail) = NewCodes();
        var responses = await Task.WhenAll(
            platform.PostAsJsonAsync("/api/v1/platform/tenants", Body(code, adminEmail)),
            platform.PostAsJsonAsync("/api/v1/platform/tenants", Body(code, "other-" + adminEmail)));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var tenants = await platform.GetFromJsonAsync<List<TenantDto>>("/api/v1/platform/tenants", Json.Options);
        Assert.Single(tenants!, t => t.Code == code);
    }

    [Fact]
    public async Task A_resent_invitation_replaces_the_old_link_and_only_an_operator_manages_authorities()
    {
        var platform = await app.SignInOperatorAsync();
        var (code, adminEmail) = NewCodes();
        var tenant = (await (await platform.PostAsJsonAsync("/api/v1/platform/tenants", Body(code, adminEmail))).Content.ReadFromJsonAsync<TenantDto>(Json.Options))!;
        var info = Info(tenant);
        app.Factory.Services.GetRequiredService<Host.Tenancy.TenantRegistry>().Invalidate();
        var first = LinkPattern().Match(Assert.Single(await app.SendAsync(info, new ListOutboundEmailsQuery(adminEmail))).Body).Value;

        Assert.Equal(HttpStatusCode.OK, (await platform.PostAsync($"/api/v1/platform/tenants/{tenant.Id}/resend-invitation", null)).StatusCode);
        var emails = await app.SendAsync(info, new ListOutboundEmailsQuery(adminEmail));
        Assert.Equal(2, emails.Count);
        var second = emails.Select(e => LinkPattern().Match(e.Body).Value).Single(l => l != first);

        var passwords = new Dictionary<string, string> { ["Input.Password"] = "river-lamp-orange-42", ["Input.ConfirmPassword"] = "river-lamp-orange-42" };
        var stale = await FormPost.SubmitAsync(app.Factory.ForTenant(code), new Uri(first).PathAndQuery, passwords);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SubmitAsync(app.Factory.ForTenant(code), new Uri(second).PathAndQuery, passwords)).StatusCode);

        var lancashireAdmin = await app.SignInAsync("lancashire", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await lancashireAdmin.PostAsync($"/api/v1/platform/tenants/{tenant.Id}/resend-invitation", null)).StatusCode);
    }

    private static (string Code, string AdminEmail) NewCodes()
    {
        var code = "west-" + Guid.NewGuid().ToString("N")[..8];
        return (code, $"ada-{code}@westshire.example");
    }

    private static object Body(string code, string adminEmail, Guid? copyFrom = null) => new
    {
        code, name = "Westshire Council", programmeName = "Westshire Equality Mark", contactEmail = "equality@westshire.example",
        administratorName = "Ada Administrator", administratorEmail = adminEmail, copyProgrammeFrom = copyFrom,
    };

    private static TenantInfo Info(TenantDto tenant) => new(tenant.Id, tenant.Code, tenant.Name, tenant.ProgrammeName);

    [GeneratedRegex(@"http://\S+/account/accept-invitation\?\S+")]
    private static partial Regex LinkPattern();

    private sealed record Me(Guid UserId, string FullName, string Role, Guid? SchoolId, string Tenant);
}
