using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Tenancy;

/// <summary>A new authority's administrator sets the programme up and opens it; until then nobody can sign up.</summary>
[Collection(AppTestGroup.Name)]
public sealed partial class SetupTests(AppFixture app)
{
    private static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task The_programme_opens_only_when_its_identity_framework_and_prices_are_done_and_only_once()
    {
        var (code, administrator, _) = await NewAuthorityAsync();
        var anonymous = app.Factory.ForTenant(code);
        Assert.Contains("is being set up", await anonymous.GetStringAsync("/programme"), StringComparison.Ordinal);
        Assert.Contains("is being set up", await anonymous.GetStringAsync("/sign-up"), StringComparison.Ordinal);

        var setup = await administrator.GetStringAsync("/setup");
        Assert.Contains("Incomplete", setup, StringComparison.Ordinal);
        Assert.DoesNotContain("/setup/go-live", setup, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await administrator.PostAsync("/api/v1/setup/go-live", null)).StatusCode);

        var dim = await SaveIdentityAsync(administrator, "#ffdd00", TinyPng);
        Assert.Equal(HttpStatusCode.OK, dim.StatusCode);
        Assert.Contains("Choose a darker colour", await dim.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var fake = await SaveIdentityAsync(administrator, "#1d4f91", "not really a picture, just text"u8.ToArray());
        Assert.Contains("The logo must be a PNG or JPEG image", await fake.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await SaveIdentityAsync(administrator, "#1d4f91", TinyPng);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Programme identity saved", await administrator.GetStringAsync(saved.Headers.Location!.ToString()), StringComparison.Ordinal);
        Assert.Equal("image/png", (await anonymous.GetAsync("/api/v1/programme/logo")).Content.Headers.ContentType?.MediaType);

        await PriceEveryPackageAsync(administrator);
        Assert.DoesNotContain("/setup/go-live", await administrator.GetStringAsync("/setup"), StringComparison.Ordinal); // no VAT number yet
        var terms = await administrator.PutAsJsonAsync("/api/v1/subscription-settings", new
        {
            vatRatePercent = 20, vatBySchoolType = new { maintained = "OutsideScope", academy = "StandardRate", freeSchool = "StandardRate", independent = "StandardRate" },
            vatRegistrationNumber = "GB123456782", address = new { line1 = "Shire Hall", town = "Westbury", postcode = "WB1 1AA" },
            yearStartMonth = 9, yearStartDay = 1, paymentTermsDays = 30, lapseGraceDays = 30,
        });
        Assert.Equal(HttpStatusCode.OK, terms.StatusCode);
        Assert.Contains("/setup/go-live", await administrator.GetStringAsync("/setup"), StringComparison.Ordinal);
        Assert.Contains("Schools in Westshire learn together", await administrator.GetStringAsync("/setup/go-live"), StringComparison.Ordinal);
        var responses = await Task.WhenAll(administrator.PostAsync("/api/v1/setup/go-live", null), administrator.PostAsync("/api/v1/setup/go-live", null));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var again = await FormPost.SubmitAsync(administrator, "/setup/go-live", new Dictionary<string, string>());
        Assert.Contains("already open", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Programme settings", await administrator.GetStringAsync("/setup"), StringComparison.Ordinal);

        var programme = await anonymous.GetStringAsync("/programme");
        Assert.Contains("Bronze", programme, StringComparison.Ordinal);
        Assert.Contains("Schools in Westshire learn together", programme, StringComparison.Ordinal);
        Assert.DoesNotContain("is being set up", await anonymous.GetStringAsync("/sign-up"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_ups_are_refused_while_the_programme_is_being_set_up_and_only_administrators_set_it_up()
    {
        var (code, _, _) = await NewAuthorityAsync();
        var packages = (await app.Factory.ForTenant(code).GetFromJsonAsync<JsonElement>("/api/v1/catalogue", Json.Options)).GetProperty("packages");
        var response = await app.Factory.ForTenant(code).PostAsJsonAsync("/api/v1/sign-ups",
            SubscriptionsTestData.SignUp(packages[0].GetProperty("id").GetGuid(), "912345"), Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);

        var advisor = await app.SignInAsync("lancashire", "advisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await advisor.GetAsync("/api/v1/setup")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await advisor.PostAsync("/api/v1/setup/go-live", null)).StatusCode);
    }

    [Fact]
    public async Task Emails_carry_the_sender_name_and_reply_to_the_administrator_chose_and_the_defaults_until_then()
    {
        var (code, administrator, tenant) = await NewAuthorityAsync();
        var defaults = await administrator.GetFromJsonAsync<EmailSenderDto>("/api/v1/setup/email", Json.Options);
        Assert.Equal(new EmailSenderDto("Westshire Equality Mark", $"team@{code}.example", false), defaults);
        var invitation = await LatestEmailAsync(tenant, $"ada@{code}.example");
        Assert.Equal(("Westshire Equality Mark", $"team@{code}.example"), (invitation.FromName, invitation.ReplyTo));

        var refused = await administrator.PutAsJsonAsync("/api/v1/setup/email", new { senderName = "Westshire\r\nBcc: all@example.com", replyTo = "not an address" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Json.Options);
        Assert.True(problem.GetProperty("errors").TryGetProperty("SenderName", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("ReplyTo", out _));
        Assert.Equal(defaults, await administrator.GetFromJsonAsync<EmailSenderDto>("/api/v1/setup/email", Json.Options));

        var page = await FormPost.SubmitAsync(administrator, "/setup/email",
            new Dictionary<string, string> { ["Input.SenderName"] = "Westshire Equality Team", ["Input.ReplyTo"] = "equality@westshire.example" });
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var setup = await administrator.GetStringAsync(page.Headers.Location!.ToString());
        Assert.Contains("Email settings saved", setup, StringComparison.Ordinal);
        Assert.Contains("Sent as &quot;Westshire Equality Team&quot;, replies to equality@westshire.example", setup, StringComparison.Ordinal);

        var invited = await administrator.PostAsJsonAsync("/api/v1/invitations", new { fullName = "Bea Advisor", email = $"bea@{code}.example", role = "Advisor" }, Json.Options);
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var sent = await LatestEmailAsync(tenant, $"bea@{code}.example");
        Assert.Equal(($"bea@{code}.example", "Westshire Equality Team", "equality@westshire.example"), (sent.To, sent.FromName, sent.ReplyTo));

        var other = await app.SignInAsync("northdale", "admin");
        Assert.NotEqual("Westshire Equality Team", (await other.GetFromJsonAsync<EmailSenderDto>("/api/v1/setup/email", Json.Options))!.Name);
        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsJsonAsync("/api/v1/setup/email", new { senderName = "Someone else" })).StatusCode);
    }

    private async Task<OutboundEmailDto> LatestEmailAsync(TenantInfo tenant, string to) =>
        (await app.SendAsync(tenant, new ListOutboundEmailsQuery(to)))[0];

    private async Task<(string Code, HttpClient Administrator, TenantInfo Tenant)> NewAuthorityAsync()
    {
        var platform = await app.SignInOperatorAsync();
        var code = "set-" + Guid.NewGuid().ToString("N")[..8];
        var email = $"ada@{code}.example";
        var created = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new
        {
            code, name = "Westshire Council", programmeName = "Westshire Equality Mark", contactEmail = $"team@{code}.example",
            administratorName = "Ada Administrator", administratorEmail = email,
        });
        var tenant = (await created.Content.ReadFromJsonAsync<TenantDto>(Json.Options))!;
        app.Factory.Services.GetRequiredService<Host.Tenancy.TenantRegistry>().Invalidate();
        var info = new TenantInfo(tenant.Id, code, tenant.Name, tenant.ProgrammeName);
        var invitation = Assert.Single(await app.SendAsync(info, new ListOutboundEmailsQuery(email)));
        var administrator = app.Factory.ForTenant(code);
        var accepted = await FormPost.SubmitAsync(administrator, new Uri(LinkPattern().Match(invitation.Body).Value).PathAndQuery,
            new Dictionary<string, string> { ["Input.Password"] = "river-lamp-orange-42", ["Input.ConfirmPassword"] = "river-lamp-orange-42" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        return (code, administrator, info);
    }

    private static async Task<HttpResponseMessage> SaveIdentityAsync(HttpClient administrator, string colour, byte[] logo)
    {
        var html = await administrator.GetStringAsync("/setup/identity");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value)), "__RequestVerificationToken");

        content.Add(new StringContent("Westshire Equality Mark"), "Input.ProgrammeName");
        content.Add(new StringContent("Schools in Westshire learn together about equality."), "Input.Description");
        content.Add(new StringContent("equality@westshire.example"), "Input.ContactEmail");
        content.Add(new StringContent("01234 567890"), "Input.ContactPhone");
        content.Add(new StringContent(colour), "Input.BrandColour");
        var file = new ByteArrayContent(logo);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "Logo", "logo.png");
        return await administrator.PostAsync("/setup/identity", content);
    }

    private static async Task PriceEveryPackageAsync(HttpClient administrator)
    {
        var catalogue = await administrator.GetFromJsonAsync<JsonElement>("/api/v1/catalogue", Json.Options);
        var bands = catalogue.GetProperty("phaseBands").EnumerateArray().Select(b => b.GetProperty("id").GetGuid()).ToList();
        foreach (var package in catalogue.GetProperty("packages").EnumerateArray())
        {
            var prices = bands.Select(b => new { phaseBandId = b, amountPence = 50000L }).ToList();
            var response = await administrator.PutAsJsonAsync($"/api/v1/catalogue/packages/{package.GetProperty("id").GetGuid()}/prices", prices);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [GeneratedRegex(@"http://\S+/account/accept-invitation\?\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
