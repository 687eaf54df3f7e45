using System.Net;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>Sessions live on the server: signing out ends every copy of the cookie, on every device.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SessionTests(AppFixture app)
{
    [Fact]
    public async Task Signing_out_ends_a_copied_cookie_and_the_persons_other_sessions()
    {
        var jar = new CookieJar();
        var browser = CookieJar.ClientFor(app.Factory, "northdale.localhost", jar);
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(browser, "member@northdale.example")).StatusCode);
        var copy = CookieJar.ClientFor(app.Factory, "northdale.localhost", jar.Copy());
        var otherDevice = await app.SignInAsync("northdale", "member");
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/v1/me")).StatusCode);

        var signOut = await FormPost.SubmitAsync(browser, "/account/sign-out", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherDevice.GetAsync("/api/v1/me")).StatusCode);
        var again = await app.SignInAsync("northdale", "member");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task An_operator_signing_out_ends_a_copied_platform_cookie()
    {
        var jar = new CookieJar();
        var operatorClient = CookieJar.ClientFor(app.Factory, "localhost", jar);
        var signIn = await FormPost.SubmitAsync(operatorClient, "/platform/sign-in",
            new Dictionary<string, string> { ["Input.Email"] = "operator@equalitymark.example", ["Input.Password"] = EqualityMarkAppFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var copy = CookieJar.ClientFor(app.Factory, "localhost", jar.Copy());
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/v1/platform/tenants")).StatusCode);

        await FormPost.SubmitAsync(operatorClient, "/platform/sign-out", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/platform/tenants")).StatusCode);
    }
}
