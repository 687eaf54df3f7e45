using System.Net;
using System.Text.RegularExpressions;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>Sign-ups, approvals and packages made for one test, with URNs no other test uses.</summary>
internal static partial class SubscriptionsTestData
{
    private static int _next = Random.Shared.Next(0, 50_000);

    /// <summary>A six-digit URN in 7xxxxx, away from the demo schools' 900xxx.</summary>
    public static string NewUrn() => (700_000 + (Interlocked.Increment(ref _next) % 100_000)).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Card payments on, as an administrator turns them on: the fake Stripe's keys saved, then a connection test that
    /// Stripe (the fixture's fake) accepts (ADR 0024).
    /// </summary>
    public static async Task<StripeSettingsDto> TurnCardOnAsync(AppFixture app, TenantInfo tenant)
    {
        await app.SendAsync(tenant, new SetStripeKeysCommand(StripeWebhooks.SecretKey, StripeWebhooks.WebhookSecret));
        return await app.SendAsync(tenant, new TestStripeConnectionCommand());
    }

    public static async Task<PackageDto> PackageAsync(AppFixture app, TenantInfo tenant, string name)
    {
        var catalogue = await app.SendAsync(tenant, new GetCatalogueQuery(IncludeRetired: true));
        return catalogue.Packages.Single(p => p.Name == name);
    }

    public static SubmitSignUpCommand SignUp(
        Guid packageId, string urn, SchoolPhase phase = SchoolPhase.Primary, PaymentMethod payment = PaymentMethod.Invoice, string? email = null,
        SchoolType type = SchoolType.LocalAuthorityMaintained) =>
        new($"Test School {urn}", urn, phase.ToString(), "1 Test Street", "Preston", "PR1 1AA", "Robin Test",
            email ?? $"coordinator-{urn}-{Guid.NewGuid():N}@school.example", packageId, payment, payment == PaymentMethod.Invoice ? $"PO-{urn}" : null, type.ToString());

    /// <summary>Signs a new school up to a package and approves it: the school exists and its subscription awaits payment.</summary>
    public static async Task<SubscriptionDto> SubscribeNewSchoolAsync(
        AppFixture app, TenantInfo tenant, string packageName, SchoolPhase phase = SchoolPhase.Primary, PaymentMethod payment = PaymentMethod.Invoice,
        SchoolType type = SchoolType.LocalAuthorityMaintained)
    {
        var package = await PackageAsync(app, tenant, packageName);
        var signUp = await app.SendAsync(tenant, SignUp(package.Id, NewUrn(), phase, payment, type: type));
        var approved = await app.SendAsync(tenant, new ApproveSignUpCommand(signUp.Id, SubscriptionYear.Current));
        return await app.SendAsync(tenant, new GetSubscriptionQuery(approved.SubscriptionId!.Value));
    }

    /// <summary>A new school whose co-ordinator can sign in, subscribed to Silver and waiting to pay by card (card must be on to sign up).</summary>
    public static async Task<(SubscriptionDto Subscription, TestSchool School)> CardSchoolAsync(AppFixture app, TenantInfo tenant)
    {
        var school = await app.CreateAsync(tenant);
        var silver = await PackageAsync(app, tenant, "Silver");
        var signUp = await app.SendAsync(tenant, SignUp(silver.Id, school.School.Urn, SchoolPhase.Primary, PaymentMethod.Card, school.CoordinatorEmail));
        var approved = await app.SendAsync(tenant, new ApproveSignUpCommand(signUp.Id, SubscriptionYear.Current));
        return (await app.SendAsync(tenant, new GetSubscriptionQuery(approved.SubscriptionId!.Value)), school);
    }

    /// <summary>As above, with the invoice paid, so the subscription is active and its entitlements usable.</summary>
    public static async Task<SubscriptionDto> ActiveSubscriptionAsync(AppFixture app, TenantInfo tenant, string packageName, SchoolPhase phase = SchoolPhase.Primary)
    {
        var subscription = await SubscribeNewSchoolAsync(app, tenant, packageName, phase);
        var invoice = (await app.SendAsync(tenant, new ListInvoicesQuery(subscription.SchoolId))).Single();
        await app.SendAsync(tenant, new MarkInvoicePaidCommand(invoice.Id));
        return await app.SendAsync(tenant, new GetSubscriptionQuery(subscription.Id));
    }

    /// <summary>The demo school of coordinator@lancashire.example (URN 900101), subscribed to Silver and paid — once per database.</summary>
    public static async Task<SubscriptionDto> DemoSchoolSubscriptionAsync(AppFixture app)
    {
        var school = (await app.SendAsync(app.Lancashire, new ListSchoolsQuery())).Single(s => s.Urn == "900101");
        var existing = (await app.SendAsync(app.Lancashire, new ListSchoolSubscriptionsQuery(school.Id)))
            .FirstOrDefault(s => s.Status is SubscriptionStatus.Active or SubscriptionStatus.RenewalDue or SubscriptionStatus.PendingPayment);
        if (existing is not null)
        {
            var unpaid = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(school.Id))).Where(i => i.SubscriptionId == existing.Id && i.Status == InvoiceStatus.Open);
            foreach (var open in unpaid)
            {
                await app.SendAsync(app.Lancashire, new MarkInvoicePaidCommand(open.Id));
            }

            return await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(existing.Id));
        }

        var silver = await PackageAsync(app, app.Lancashire, "Silver");
        var signUp = await app.SendAsync(app.Lancashire, SignUp(silver.Id, "900101", SchoolPhase.Primary, PaymentMethod.Invoice, "coordinator@lancashire.example"));
        var approved = await app.SendAsync(app.Lancashire, new ApproveSignUpCommand(signUp.Id, SubscriptionYear.Current));
        var invoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(school.Id))).First(i => i.SubscriptionId == approved.SubscriptionId);
        await app.SendAsync(app.Lancashire, new MarkInvoicePaidCommand(invoice.Id));
        return await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(approved.SubscriptionId!.Value));
    }

    public static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return WebUtility.HtmlDecode(body);
    }

    /// <summary>Posts a form with a page handler (…?handler=X): the anti-forgery token comes from the page itself.</summary>
    public static Task<HttpResponseMessage> PostHandlerAsync(HttpClient client, string page, string handler, IDictionary<string, string> fields) =>
        PostFormAsync(client, page, $"{page}?handler={handler}", fields);

    /// <summary>Posts a form to <paramref name="target"/> (a confirmation page's "Yes") with the anti-forgery token taken from <paramref name="page"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string target, IDictionary<string, string>? fields = null)
    {
        var html = await client.GetStringAsync(page);
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"No anti-forgery token on {page}");
        var form = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(target, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>A signed-in user without the role is refused a page: sent to the access-denied page or answered 403.</summary>
    public static async Task AssertPageRefusedAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden || (response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location!.OriginalString.Contains("/error/403", StringComparison.Ordinal)),
            $"{page} gave {(int)response.StatusCode} {response.Headers.Location}");
    }
}
