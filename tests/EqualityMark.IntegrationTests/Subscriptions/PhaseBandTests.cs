using System.Net;
using System.Net.Http.Json;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>
/// Editable phase bands (ADR 0024): unique names whatever their case, a phase in one band only (moved in one save,
/// refused naming the band it would empty), every phase covered before go-live, a band in use kept, one winner.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class PhaseBandTests(AppFixture app)
{
    private const string Api = "/api/v1/phase-bands";

    private static readonly string[] SpecialOnly = ["Special"];

    private static readonly string[] SpecialAndShortStay = ["Special", "ShortStay"];

    private static readonly string[] SecondaryAndAllThrough = ["Secondary", "AllThrough"];

    private static readonly string[] NurseryAndPrimary = ["Nursery", "Primary"];

    private static readonly string[] NoSuchPhase = ["Infant"];

    [Fact]
    public async Task A_new_band_takes_its_phases_from_another_and_leaves_every_package_unpriced_for_it()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        var before = await app.SendAsync(authority.Tenant, new GetCatalogueReadinessQuery());
        Assert.Equal((2, before.Packages), (before.PhaseBands, before.PackagesPricedForEveryBand));

        var added = await admin.PostAsJsonAsync(Api, new { name = "Special and short stay", phases = SpecialAndShortStay }, Json.Options);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var bands = await BandsAsync(admin);
        Assert.Equal(NurseryAndPrimary, bands.Bands.Single(b => b.Name.StartsWith("Nursery", StringComparison.Ordinal)).Phases);
        Assert.Equal(SpecialAndShortStay, bands.Bands.Single(b => b.Name == "Special and short stay").Phases);
        Assert.Empty(bands.UncoveredPhases);

        var readiness = await app.SendAsync(authority.Tenant, new GetCatalogueReadinessQuery());
        Assert.Equal((3, 0), (readiness.PhaseBands, readiness.PackagesPricedForEveryBand));
        Assert.Contains("Not priced", await SubscriptionsTestData.BodyAsync(await admin.GetAsync("/admin/packages")));
        Assert.Contains("Price to be confirmed", await SubscriptionsTestData.BodyAsync(await app.Factory.ForTenant(authority.Tenant.Code).GetAsync("/programme")));
        var silver = await SubscriptionsTestData.PackageAsync(app, authority.Tenant, "Silver");
        var unpriced = await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.SendAsync(authority.Tenant, SubscriptionsTestData.SignUp(silver.Id, SubscriptionsTestData.NewUrn(), SchoolPhase.Special)));
        Assert.StartsWith("Silver has no price for Special and short stay", unpriced.Errors["PackageId"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_bands_are_400s_with_a_message_on_the_field()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);

        await AssertFieldErrorAsync(admin, new { name = "secondary", phases = SpecialOnly }, "Name", "There is already a phase band called Secondary");
        await AssertFieldErrorAsync(admin, new { name = "Empty", phases = Array.Empty<string>() }, "Phases", "Choose at least one school phase");
        await AssertFieldErrorAsync(admin, new { name = "Infants", phases = NoSuchPhase }, "Phases", "Choose school phases from the list");
        await AssertFieldErrorAsync(admin, new { name = " ", phases = SpecialOnly }, "Name", "Enter the band's name");
        await AssertFieldErrorAsync(admin, new { name = "Big schools", phases = SecondaryAndAllThrough }, "Phases",
            "Secondary, All-through are in the band Secondary, which would be left with no phases");

        var page = await FormPost.SubmitAsync(admin, "/admin/phase-bands/new", new Dictionary<string, string> { ["Input.Name"] = "Typed name" });
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var body = await SubscriptionsTestData.BodyAsync(page);
        Assert.Contains("govuk-error-summary", body);
        Assert.Contains("href=\"#Input_Phases\"", body);
        Assert.Contains("value=\"Typed name\"", body);
        Assert.Equal(2, (await BandsAsync(admin)).Bands.Count);
    }

    [Fact]
    public async Task Phases_left_out_of_every_band_are_shown_block_go_live_and_their_schools_get_a_clear_sign_up_message()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        var secondary = (await BandsAsync(admin)).Bands.Single(b => b.Name == "Secondary");

        var saved = await FormPost.SubmitAsync(admin, $"/admin/phase-bands/{secondary.Id}", new Dictionary<string, string>
        {
            ["Input.Name"] = "Secondary only", ["Input.Phases"] = "Secondary", ["Input.Version"] = secondary.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Phase band saved.", await SubscriptionsTestData.BodyAsync(await admin.GetAsync(saved.Headers.Location!.OriginalString)));
        Assert.Equal(["AllThrough"], (await BandsAsync(admin)).UncoveredPhases);
        Assert.Contains("Not covered: All-through", await SubscriptionsTestData.BodyAsync(await admin.GetAsync("/admin/phase-bands")));
        Assert.Equal(["AllThrough"], (await app.SendAsync(authority.Tenant, new GetCatalogueReadinessQuery())).UncoveredPhases);
        Assert.Contains("1 school phases are not in a band yet", await SubscriptionsTestData.BodyAsync(await admin.GetAsync("/setup")));

        var visitor = app.Factory.ForTenant(authority.Tenant.Code);
        var silver = await SubscriptionsTestData.PackageAsync(app, authority.Tenant, "Silver");
        var refused = await visitor.PostAsJsonAsync("/api/v1/sign-ups", SubscriptionsTestData.SignUp(silver.Id, SubscriptionsTestData.NewUrn(), SchoolPhase.AllThrough), Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("All-through schools cannot sign up yet", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_administrators_saving_the_same_band_one_wins_and_the_other_sees_theirs_with_their_own_typing_kept()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        var band = (await BandsAsync(admin)).Bands.Single(b => b.Name == "Secondary");

        var saves = await Task.WhenAll(
            Task.Run(() => Outcome(app.SendAsync(authority.Tenant, new UpdatePhaseBandCommand(band.Id, "Secondary A", band.Phases, band.Version)))),
            Task.Run(() => Outcome(app.SendAsync(authority.Tenant, new UpdatePhaseBandCommand(band.Id, "Secondary B", band.Phases, band.Version)))));
        Assert.Single(saves, s => s == "saved");
        Assert.Single(saves, s => s == "conflict");

        var stale = await admin.PutAsJsonAsync($"{Api}/{band.Id}", new { name = "Secondary C", phases = band.Phases, version = band.Version }, Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("\"current\"", await stale.Content.ReadAsStringAsync());

        var page = await FormPost.SubmitAsync(admin, $"/admin/phase-bands/{band.Id}", new Dictionary<string, string>
        {
            ["Input.Name"] = "My typed name", ["Input.Phases"] = "Secondary", ["Input.Version"] = band.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        var body = await SubscriptionsTestData.BodyAsync(page);
        Assert.Contains("Someone else changed this band", body);
        Assert.Contains("value=\"My typed name\"", body);
        Assert.Contains("data-their-version", body);
        var current = (await BandsAsync(admin)).Bands.Single(b => b.Id == band.Id);
        Assert.Contains($"value=\"{current.Version}\"", body);
    }

    [Fact]
    public async Task A_band_in_use_is_kept_and_an_unused_one_is_removed_after_confirmation_with_its_prices()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        var subscription = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, authority.Tenant, "Bronze", SchoolPhase.Secondary);
        var secondary = (await BandsAsync(admin)).Bands.Single(b => b.Name == subscription.PhaseBandName);
        Assert.True(secondary.InUse);

        var inUse = await admin.DeleteAsync($"{Api}/{secondary.Id}");
        Assert.Equal(HttpStatusCode.Conflict, inUse.StatusCode);
        Assert.Contains("cannot be removed: 1 subscription was priced by it", await inUse.Content.ReadAsStringAsync());
        var viaPage = await FormPost.SubmitAsync(admin, $"/admin/phase-bands/{secondary.Id}/remove", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, viaPage.StatusCode);
        Assert.Contains("govuk-error-summary", await SubscriptionsTestData.BodyAsync(viaPage));

        var extra = await app.SendAsync(authority.Tenant, new AddPhaseBandCommand("Short stay", ["ShortStay"]));
        var bronze = await SubscriptionsTestData.PackageAsync(app, authority.Tenant, "Bronze");
        await app.SendAsync(authority.Tenant, new SetPackagePricesCommand(bronze.Id, [new PackagePriceInput(extra.Id, 50_000)]));
        Assert.Contains("Are you sure you want to remove Short stay?", await SubscriptionsTestData.BodyAsync(await admin.GetAsync($"/admin/phase-bands/{extra.Id}/remove")));
        var removed = await FormPost.SubmitAsync(admin, $"/admin/phase-bands/{extra.Id}/remove", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Phase band removed", await SubscriptionsTestData.BodyAsync(await admin.GetAsync(removed.Headers.Location!.OriginalString)));
        Assert.DoesNotContain((await app.SendAsync(authority.Tenant, new GetPackageQuery(bronze.Id))).Prices, p => p.PhaseBandId == extra.Id);
        Assert.Equal(["ShortStay"], (await BandsAsync(admin)).UncoveredPhases);
    }

    [Fact]
    public async Task Another_authoritys_administrator_and_a_school_coordinator_cannot_read_or_change_the_bands()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var band = (await app.SendAsync(authority.Tenant, new ListPhaseBandsQuery())).Bands[0];
        await using var other = await app.CreateAuthorityAsync();
        var otherAdmin = await app.SignInAsAsync(other.Tenant, other.AdminEmail);

        Assert.DoesNotContain((await BandsAsync(otherAdmin)).Bands, b => b.Id == band.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"{Api}/{band.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PutAsJsonAsync($"{Api}/{band.Id}", new { name = "Taken", phases = SpecialOnly, version = band.Version }, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.DeleteAsync($"{Api}/{band.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/admin/phase-bands/{band.Id}")).StatusCode);
        var unchanged = (await app.SendAsync(authority.Tenant, new ListPhaseBandsQuery())).Bands[0];
        Assert.Equal((band.Name, band.Version), (unchanged.Name, unchanged.Version));
        Assert.Equal(band.Phases, unchanged.Phases);

        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync(Api, new { name = "Mine", phases = SpecialOnly }, Json.Options)).StatusCode);
        await SubscriptionsTestData.AssertPageRefusedAsync(coordinator, "/admin/phase-bands");
        await SubscriptionsTestData.AssertPageRefusedAsync(coordinator, "/admin/phase-bands/new");
    }

    private static async Task<PhaseBandsDto> BandsAsync(HttpClient admin) => (await admin.GetFromJsonAsync<PhaseBandsDto>(Api, Json.Options))!;

    private static async Task AssertFieldErrorAsync(HttpClient admin, object body, string field, string message)
    {
        var response = await admin.PostAsJsonAsync(Api, body, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>(Json.Options);
        Assert.Contains(problem!.Errors, e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase) && e.Value.Any(m => m.StartsWith(message, StringComparison.Ordinal)));
    }

    private static async Task<string> Outcome(Task<PhaseBandDetailsDto> save)
    {
        try
        {
            await save;
            return "saved";
        }
        catch (ConflictException)
        {
            return "conflict";
        }
    }
}
