using System.Net;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>Changing your password keeps you signed in here and signs you out everywhere else.</summary>
[Collection(AppTestGroup.Name)]
public sealed class ChangePasswordTests(AppFixture app)
{
    [Fact]
    public async Task A_new_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var here = await app.SignInAsync("northdale", "coordinator2");
        var elsewhere = await app.SignInAsync("northdale", "coordinator2");

        var wrong = await ChangeAsync(here, "not my password", "a new northdale passphrase");
        Assert.Contains("Your current password is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var changed = await ChangeAsync(here, EqualityMarkAppFactory.DemoPassword, "a new northdale passphrase");
        Assert.Equal("/account/password?done=changed", changed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/v1/me")).StatusCode);
        Assert.Contains("Your password has been changed", await here.GetStringAsync("/account/password?done=changed"), StringComparison.Ordinal);

        Assert.Equal("/account/password?done=changed",
            (await ChangeAsync(here, "a new northdale passphrase", EqualityMarkAppFactory.DemoPassword)).Headers.Location?.OriginalString);
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next) =>
        FormPost.SubmitAsync(client, "/account/password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current, ["Input.NewPassword"] = next, ["Input.ConfirmPassword"] = next,
        });
}
