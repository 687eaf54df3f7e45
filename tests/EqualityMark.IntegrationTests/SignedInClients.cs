using System.Net;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests;

/// <summary>HTTP clients signed in as demo users, the way a browser signs in (form post with anti-forgery).</summary>
public static class SignedInClients
{
    public static async Task<HttpClient> SignInAsync(this AppFixture app, string tenant, string user)
    {
        var client = app.Factory.ForTenant(tenant);
        var response = await FormPost.SignInAsync(client, $"{user}@{tenant}.example");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {user}@{tenant} gave {(int)response.StatusCode}");
        return client;
    }

    public static async Task<HttpClient> SignInOperatorAsync(this AppFixture app)
    {
        var client = app.Factory.ForPlatform();
        var response = await FormPost.SubmitAsync(client, "/platform/sign-in",
            new Dictionary<string, string> { ["Input.Email"] = "operator@equalitymark.example", ["Input.Password"] = EqualityMarkAppFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
