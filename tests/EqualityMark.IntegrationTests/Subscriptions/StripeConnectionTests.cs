using System.Net;
using System.Net.Http.Json;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>Card payments turn on only after Stripe accepts the saved keys in a connection test (ADR 0024).</summary>
[Collection(AppTestGroup.Name)]
public sealed class StripeConnectionTests(AppFixture app)
{
    private const string ConnectionTest = "/api/v1/payments/stripe/connection-test";

    [Fact]
    public async Task Card_payments_turn_on_after_a_successful_test_and_off_again_when_new_keys_are_saved()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync(ConnectionTest, null)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveKeysAsync(admin, StripeWebhooks.SecretKey)).StatusCode);
        Assert.Contains("Stripe keys saved. Test the connection", await SubscriptionsTestData.BodyAsync(await admin.GetAsync("/admin/payments?done=saved")));
        Assert.False((await app.SendAsync(authority.Tenant, new GetPaymentMethodsQuery())).Card);

        var tested = await SubscriptionsTestData.PostHandlerAsync(admin, "/admin/payments", "Test", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, tested.StatusCode);
        var page = await SubscriptionsTestData.BodyAsync(await admin.GetAsync(tested.Headers.Location!.OriginalString));
        Assert.Contains("Stripe accepted your keys", page);
        Assert.Contains("On: schools can choose to pay by card", page);
        Assert.DoesNotContain(StripeWebhooks.SecretKey, page);
        Assert.True((await app.SendAsync(authority.Tenant, new GetPaymentMethodsQuery())).Card);
        Assert.Contains(app.Stripe.RequestsTo("/v1/balance"), r => r.Authorization == $"Bearer {StripeWebhooks.SecretKey}");

        var api = await (await admin.PostAsync(ConnectionTest, null)).Content.ReadFromJsonAsync<StripeSettingsDto>(Json.Options);
        Assert.True(api!.CardPaymentsOn);
        Assert.NotNull(api.ConnectionTestedAt);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveKeysAsync(admin, StripeWebhooks.SecretKey)).StatusCode);
        var settings = await admin.GetFromJsonAsync<StripeSettingsDto>("/api/v1/payments/stripe", Json.Options);
        Assert.Equal((false, null, false), (settings!.CardPaymentsOn, settings.ConnectionTestedAt, settings.ConnectionSucceeded));
        Assert.False((await app.SendAsync(authority.Tenant, new GetPaymentMethodsQuery())).Card);
    }

    [Fact]
    public async Task A_key_Stripe_refuses_is_a_field_error_recorded_with_its_time_and_card_stays_off()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        const string wrongKey = "sk_test_51SomeoneElsesKey000009999";
        await SaveKeysAsync(admin, wrongKey);

        var refused = await admin.PostAsync(ConnectionTest, null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("secretKey", problem, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Stripe refused the secret key", problem);
        Assert.DoesNotContain("Invalid API Key", problem);
        Assert.DoesNotContain(wrongKey, problem);

        var viaPage = await SubscriptionsTestData.PostHandlerAsync(admin, "/admin/payments", "Test", new Dictionary<string, string>());
        var body = await SubscriptionsTestData.BodyAsync(viaPage);
        Assert.Contains("govuk-error-summary", body);
        Assert.Contains("href=\"#Input_SecretKey\"", body);
        Assert.Contains("<title>Error: Card payments", body);
        Assert.DoesNotContain(wrongKey, body);

        var settings = await admin.GetFromJsonAsync<StripeSettingsDto>("/api/v1/payments/stripe", Json.Options);
        Assert.Equal((false, false), (settings!.ConnectionSucceeded, settings.CardPaymentsOn));
        Assert.NotNull(settings.ConnectionTestedAt);
        Assert.StartsWith("Stripe refused the secret key", settings.ConnectionFailure, StringComparison.Ordinal);
        Assert.Contains("Failed on", await SubscriptionsTestData.BodyAsync(await admin.GetAsync("/admin/payments")));
        Assert.False((await app.SendAsync(authority.Tenant, new GetPaymentMethodsQuery())).Card);
    }

    [Fact]
    public async Task Stripe_out_of_reach_is_a_409_in_plain_words_not_a_500()
    {
        await using var authority = await app.CreateAuthorityAsync();
        await app.SendAsync(authority.Tenant, new SetStripeKeysCommand(StripeWebhooks.SecretKey, StripeWebhooks.WebhookSecret));
        await using var offline = new ClockedApp(app, new Dictionary<string, string> { ["Stripe:BaseUrl"] = "http://127.0.0.1:9/" });

        var failure = await Assert.ThrowsAsync<ConflictException>(() => offline.SendAsync(authority.Tenant, new TestStripeConnectionCommand()));
        Assert.StartsWith("Could not reach Stripe", failure.Message, StringComparison.Ordinal);
        var settings = await app.SendAsync(authority.Tenant, new GetStripeSettingsQuery());
        Assert.Equal((false, failure.Message), (settings.CardPaymentsOn, settings.ConnectionFailure));
    }

    [Fact]
    public async Task Only_the_authoritys_own_administrators_test_or_see_its_stripe_connection()
    {
        await using var authority = await app.CreateAuthorityAsync();
        await SubscriptionsTestData.TurnCardOnAsync(app, authority.Tenant);
        await using var other = await app.CreateAuthorityAsync();
        var otherAdmin = await app.SignInAsAsync(other.Tenant, other.AdminEmail);

        var seen = await otherAdmin.GetFromJsonAsync<StripeSettingsDto>("/api/v1/payments/stripe", Json.Options);
        Assert.Equal((false, false, null), (seen!.IsConfigured, seen.CardPaymentsOn, seen.ConnectionTestedAt));
        Assert.Equal(HttpStatusCode.Conflict, (await otherAdmin.PostAsync(ConnectionTest, null)).StatusCode);
        Assert.True((await app.SendAsync(authority.Tenant, new GetStripeSettingsQuery())).CardPaymentsOn);

        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync(ConnectionTest, null)).StatusCode);
        await SubscriptionsTestData.AssertPageRefusedAsync(coordinator, "/admin/payments");
    }

    private static Task<HttpResponseMessage> SaveKeysAsync(HttpClient admin, string secretKey) =>
        FormPost.SubmitAsync(admin, "/admin/payments", new Dictionary<string, string>
        {
            ["Input.SecretKey"] = secretKey,
            ["Input.WebhookSecret"] = StripeWebhooks.WebhookSecret,
        });
}
