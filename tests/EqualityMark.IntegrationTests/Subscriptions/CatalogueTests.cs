using System.Net;
using System.Net.Http.Json;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>Each authority's packages, bands and prices; only its administrators change them.</summary>
[Collection(AppTestGroup.Name)]
public sealed class CatalogueTests(AppFixture app)
{
    [Fact]
    public async Task Lancashire_ships_bronze_silver_and_gold_at_the_published_prices()
    {
        var catalogue = await app.Factory.ForTenant("lancashire").GetFromJsonAsync<CatalogueDto>("/api/v1/catalogue", Json.Options);
        var prices = catalogue!.Packages.Where(p => p.Name is "Bronze" or "Silver" or "Gold")
            .ToDictionary(p => p.Name, p => p.Prices.Select(x => x.AmountPence).ToArray());
        Assert.Equal([44_000, 66_000], prices["Bronze"]);
        Assert.Equal([77_000, 99_000], prices["Silver"]);
        Assert.Equal([94_000, 115_500], prices["Gold"]);
        Assert.Equal(["Nursery, Primary, Special and Short Stay", "Secondary"], catalogue.PhaseBands.Select(b => b.Name));
        Assert.Contains(nameof(SchoolPhase.AllThrough), catalogue.PhaseBands[1].Phases);
        Assert.Equal(20, catalogue.VatRatePercent);
        Assert.Equal([nameof(SchoolType.Academy), nameof(SchoolType.FreeSchool), nameof(SchoolType.Independent)], catalogue.VatChargedTo);

        var bronze = catalogue.Packages.Single(p => p.Name == "Bronze").Entitlements;
        Assert.Equal([EntitlementKind.DocumentationAccess, EntitlementKind.NetworkMeetingPlaces, EntitlementKind.AnnualVisit], bronze.Select(e => e.Kind));
        Assert.Equal(2, bronze.Single(e => e.Kind == EntitlementKind.NetworkMeetingPlaces).Quantity);
        var silverChoice = catalogue.Packages.Single(p => p.Name == "Silver").Entitlements.Where(e => e.ChoiceGroup is not null).ToList();
        Assert.Equal([EntitlementKind.InsetSession, EntitlementKind.SecondAdvisoryVisit], silverChoice.Select(e => e.Kind));
        Assert.Single(silverChoice.Select(e => e.ChoiceGroup).Distinct());
        var gold = catalogue.Packages.Single(p => p.Name == "Gold").Entitlements;
        Assert.All(gold, e => Assert.Null(e.ChoiceGroup));
        Assert.Contains(gold, e => e.Kind == EntitlementKind.InsetSession);
        Assert.Contains(gold, e => e.Kind == EntitlementKind.SecondAdvisoryVisit);
    }

    [Fact]
    public async Task Northdale_has_a_catalogue_of_its_own()
    {
        var catalogue = await app.Factory.ForTenant("northdale").GetFromJsonAsync<CatalogueDto>("/api/v1/catalogue", Json.Options);
        Assert.Contains(catalogue!.Packages, p => p.Name == "Essentials");
        Assert.DoesNotContain(catalogue.Packages, p => p.Name is "Bronze" or "Silver" or "Gold");
        Assert.DoesNotContain(catalogue.PhaseBands, b => b.Name == "Secondary");
    }

    [Fact]
    public async Task An_administrator_sets_prices_on_the_page_and_a_negative_price_is_refused()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var package = await AddPackageAsync(admin);
        var page = $"/admin/packages/{package.Id}";
        var fields = Prices(package, "-5", "12.50");

        var refused = await SubscriptionsTestData.PostHandlerAsync(admin, page, "Prices", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter a price of £0 or more", await SubscriptionsTestData.BodyAsync(refused));

        var notANumber = await SubscriptionsTestData.PostHandlerAsync(admin, page, "Prices", Prices(package, "lots", "1"));
        Assert.Contains("Enter a price in pounds", await SubscriptionsTestData.BodyAsync(notANumber));

        var saved = await SubscriptionsTestData.PostHandlerAsync(admin, page, "Prices", Prices(package, "500", "1,155.50"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var reread = await admin.GetFromJsonAsync<PackageDto>($"/api/v1/catalogue/packages/{package.Id}", Json.Options);
        Assert.Equal([50_000, 115_550], reread!.Prices.Select(p => p.AmountPence));
        Assert.Contains("£1,155.50", await SubscriptionsTestData.BodyAsync(await admin.GetAsync("/admin/packages")));
    }

    [Fact]
    public async Task The_api_refuses_negative_prices_and_unknown_packages()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var package = await AddPackageAsync(admin);
        var negative = await admin.PutAsJsonAsync($"/api/v1/catalogue/packages/{package.Id}/prices",
            new[] { new PackagePriceInput(package.Prices[0].PhaseBandId, -1) });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);

        var unknown = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/catalogue/packages/{unknown}/prices",
            new[] { new PackagePriceInput(package.Prices[0].PhaseBandId, 100) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/packages/{unknown}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/catalogue/packages/{unknown}")).StatusCode);
    }

    [Fact]
    public async Task Another_authoritys_administrator_cannot_see_or_price_lancashires_packages()
    {
        var lancashire = await app.SignInAsync("lancashire", "admin");
        var package = await AddPackageAsync(lancashire);
        var northdale = await app.SignInAsync("northdale", "admin");

        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/admin/packages/{package.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.PutAsJsonAsync($"/api/v1/catalogue/packages/{package.Id}/prices",
            new[] { new PackagePriceInput(package.Prices[0].PhaseBandId, 1) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.PutAsJsonAsync($"/api/v1/catalogue/packages/{package.Id}",
            new { name = "Taken", description = "", displayOrder = 1, isRetired = false })).StatusCode);
        var reread = await lancashire.GetFromJsonAsync<PackageDto>($"/api/v1/catalogue/packages/{package.Id}", Json.Options);
        Assert.Equal(package.Prices.Select(p => p.AmountPence), reread!.Prices.Select(p => p.AmountPence));
    }

    [Fact]
    public async Task Only_administrators_change_the_catalogue()
    {
        var lancashire = await app.SignInAsync("lancashire", "admin");
        var package = await AddPackageAsync(lancashire);
        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsJsonAsync($"/api/v1/catalogue/packages/{package.Id}/prices",
            new[] { new PackagePriceInput(package.Prices[0].PhaseBandId, 1) })).StatusCode);
        await SubscriptionsTestData.AssertPageRefusedAsync(coordinator, $"/admin/packages/{package.Id}");
    }

    [Fact]
    public async Task A_price_change_never_rewrites_a_subscription_already_bought()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var package = await AddPackageAsync(admin);
        var bands = package.Prices.Select(p => p.PhaseBandId).ToArray();
        await app.SendAsync(app.Lancashire, new SetPackagePricesCommand(package.Id, [new(bands[0], 60_000), new(bands[1], 80_000)]));
        var subscription = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, package.Name);
        Assert.Equal(60_000, subscription.PricePence);

        await app.SendAsync(app.Lancashire, new SetPackagePricesCommand(package.Id, [new(bands[0], 99_000), new(bands[1], 99_000)]));
        await app.SendAsync(app.Lancashire, new UpdatePackageCommand(package.Id, package.Name, "Renamed description", 9, false));
        var reread = await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id));
        Assert.Equal(60_000, reread.PricePence);
        Assert.Equal(subscription.Includes, reread.Includes);
        var invoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId))).Single();
        Assert.Equal(60_000, invoice.TotalPence);
    }

    private static async Task<PackageDto> AddPackageAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/catalogue/packages", new AddPackageCommand($"Test package {Guid.NewGuid():N}"[..30], "For a test", 50,
            [new(EntitlementKind.DocumentationAccess, 1, null), new(EntitlementKind.AnnualVisit, 1, null)]), Json.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PackageDto>(Json.Options))!;
    }

    private static Dictionary<string, string> Prices(PackageDto package, string first, string second) => new()
    {
        ["Prices[0].PhaseBandId"] = package.Prices[0].PhaseBandId.ToString(),
        ["Prices[0].Pounds"] = first,
        ["Prices[1].PhaseBandId"] = package.Prices[1].PhaseBandId.ToString(),
        ["Prices[1].Pounds"] = second,
    };
}
