using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Domain;
using EqualityMark.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Accounts;

/// <summary>An invitation goes out through the outbox; its link sets a password and signs the person in.</summary>
[Collection(AppTestGroup.Name)]
public sealed partial class InvitationTests(AppFixture app)
{
    [Fact]
    public async Task An_invited_member_sets_a_password_and_is_signed_in()
    {
        var (email, link) = await InviteAsync();
        var person = app.Factory.ForTenant("lancashire");
        var path = new Uri(link).PathAndQuery;

        var tooShort = await FormPost.SubmitAsync(person, path, Passwords("short", "short"));
        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mismatch = await FormPost.SubmitAsync(person, path, Passwords("a-long-enough-password", "another-long-password"));
        Assert.Contains("do not match", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A second tab opened on the link before it was used.
        var secondTab = await FormPost.PrepareAsync(app.Factory.ForTenant("lancashire"), path, Passwords("another-good-password", "another-good-password"));
        var accepted = await FormPost.SubmitAsync(person, path, Passwords("river-lamp-orange-42", "river-lamp-orange-42"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var me = await person.GetFromJsonAsync<Me>("/api/v1/me");
        Assert.Equal("SchoolMember", me!.Role);

        var reused = await secondTab();
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("This invitation has already been used", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Opening the used link again says so and points to signing in, with no password form that would fail.
        var usedPage = await app.Factory.ForTenant("lancashire").GetStringAsync(path);
        Assert.Contains("<h1 class=\"govuk-heading-l\">This invitation has already been used</h1>", usedPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/sign-in\"", usedPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/forgot-password\"", usedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", usedPage, StringComparison.Ordinal);

        var again = await FormPost.SignInAsync(app.Factory.ForTenant("lancashire"), email, "river-lamp-orange-42");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task An_expired_invitation_link_says_so_and_what_to_do_next()
    {
        var (email, link) = await InviteAsync();
        await using (var scope = app.Scope(app.Lancashire))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.InvitationExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await users.UpdateAsync(user);
        }

        var page = await app.Factory.ForTenant("lancashire").GetStringAsync(new Uri(link).PathAndQuery);
        Assert.Contains("<title>This invitation has expired", page, StringComparison.Ordinal);
        Assert.Contains("Ask whoever invited you", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_is_told_truly_what_an_invitation_does_for_the_reference_group()
    {
        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        var page = await coordinator.GetStringAsync("/people/invite");
        Assert.DoesNotContain("will join your school's equality reference group", page, StringComparison.Ordinal);
        Assert.Contains("Sending an invitation does not add them to the list of your equality reference group", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/audit/reference-group\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_token_does_not_set_a_password()
    {
        var (_, link) = await InviteAsync();
        var tampered = TokenPattern().Replace(new Uri(link).PathAndQuery, "token=AAAA");
        var response = await FormPost.SubmitAsync(app.Factory.ForTenant("lancashire"), tampered, Passwords("river-lamp-orange-42", "river-lamp-orange-42"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_email_cannot_be_invited_twice()
    {
        var (email, _) = await InviteAsync();
        var admin = await app.SignInAsync("lancashire", "admin");
        var response = await admin.PostAsJsonAsync("/api/v1/invitations", new { email, fullName = "Twice", role = "Advisor", schoolId = (Guid?)null });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task An_invitation_email_is_visible_only_to_its_authority()
    {
        var (email, _) = await InviteAsync();
        var northdale = await app.SendAsync(app.Northdale, new ListOutboundEmailsQuery(email));
        Assert.Empty(northdale);
    }

    private async Task<(string Email, string Link)> InviteAsync()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var school = (await admin.AllItemsAsync<SchoolDto>("/api/v1/schools")).First(s => s.Urn == "900101");
        var email = $"invitee-{Guid.NewGuid():N}@example.org";
        var response = await admin.PostAsJsonAsync("/api/v1/invitations", new { email, fullName = "Ivy Invitee", role = "SchoolMember", schoolId = school.Id });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var emails = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(email));
        var invitation = Assert.Single(emails);
        Assert.Contains("Lancashire Equality and Inclusion Mark", invitation.Subject, StringComparison.Ordinal);
        var link = LinkPattern().Match(invitation.Body).Value;
        Assert.StartsWith("http://lancashire.localhost/account/accept-invitation?", link, StringComparison.Ordinal);
        return (email, link);
    }

    private static Dictionary<string, string> Passwords(string password, string confirm) =>
        new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = confirm };

    [GeneratedRegex(@"http://\S+/account/accept-invitation\?\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("token=[^&]+")]
    private static partial Regex TokenPattern();

    private sealed record Me(Guid UserId, string FullName, string Role, Guid? SchoolId, string Tenant);
}
