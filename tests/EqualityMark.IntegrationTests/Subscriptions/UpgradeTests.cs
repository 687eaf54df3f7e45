using System.Net;
using System.Net.Http.Json;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>A mid-year upgrade: the difference is invoiced and the entitlements grow at once.</summary>
[Collection(AppTestGroup.Name)]
public sealed class UpgradeTests(AppFixture app)
{
    [Fact]
    public async Task Silver_to_gold_invoices_the_difference_and_adds_the_second_entitlement_at_once()
    {
        var subscription = await SubscriptionsTestData.ActiveSubscriptionAsync(app, app.Lancashire, "Silver");
        await app.SendAsync(app.Lancashire, new ConsumeEntitlementCommand(subscription.SchoolId, EntitlementKind.InsetSession, "inset-1"));
        await Assert.ThrowsAsync<ConflictException>(() =>
            app.SendAsync(app.Lancashire, new ConsumeEntitlementCommand(subscription.SchoolId, EntitlementKind.SecondAdvisoryVisit, "visit-2")));
        var gold = await SubscriptionsTestData.PackageAsync(app, app.Lancashire, "Gold");

        var upgraded = await app.SendAsync(app.Lancashire, new UpgradeSubscriptionCommand(subscription.Id, gold.Id, "PO-UP-1"));
        Assert.Equal("Gold", upgraded.PackageName);
        Assert.Equal(94_000, upgraded.PricePence);
        Assert.Equal(SubscriptionStatus.Active, upgraded.Status);
        Assert.Contains(upgraded.History, h => h.Note.StartsWith("Upgraded from Silver to Gold", StringComparison.Ordinal));
        var inset = upgraded.Balances.Single(b => b.Kinds.SequenceEqual([EntitlementKind.InsetSession]));
        Assert.Equal((1, 0), (inset.Used, inset.Left!.Value));

        var afterVisit = await app.SendAsync(app.Lancashire, new ConsumeEntitlementCommand(subscription.SchoolId, EntitlementKind.SecondAdvisoryVisit, "visit-2"));
        Assert.Equal(0, afterVisit.Balances.Single(b => b.Kinds.Contains(EntitlementKind.SecondAdvisoryVisit)).Left);

        var invoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId))).OrderBy(i => i.Number).Last();
        Assert.Equal(17_000, invoice.TotalPence);
        Assert.Equal("PO-UP-1", invoice.PurchaseOrderNumber);
        Assert.Contains("Upgrade from Silver to Gold", invoice.Lines.Single().Description);
    }

    [Fact]
    public async Task A_secondary_school_pays_its_own_bands_difference_and_cannot_downgrade()
    {
        var subscription = await SubscriptionsTestData.ActiveSubscriptionAsync(app, app.Lancashire, "Bronze", SchoolPhase.Secondary);
        var silver = await SubscriptionsTestData.PackageAsync(app, app.Lancashire, "Silver");
        var bronze = await SubscriptionsTestData.PackageAsync(app, app.Lancashire, "Bronze");
        var admin = await app.SignInAsync("lancashire", "admin");

        var upgrade = await admin.PostAsJsonAsync($"/api/v1/subscriptions/{subscription.Id}/upgrade", new { packageId = silver.Id, purchaseOrderNumber = "PO-S" }, Json.Options);
        Assert.Equal(HttpStatusCode.OK, upgrade.StatusCode);
        var invoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId))).OrderBy(i => i.Number).Last();
        Assert.Equal(99_000 - 66_000, invoice.TotalPence);

        var down = await admin.PostAsJsonAsync($"/api/v1/subscriptions/{subscription.Id}/upgrade", new { packageId = bronze.Id, purchaseOrderNumber = "PO-S" }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, down.StatusCode);
        var noPo = await admin.PostAsJsonAsync($"/api/v1/subscriptions/{subscription.Id}/upgrade", new { packageId = silver.Id }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, noPo.StatusCode);
    }

    [Fact]
    public async Task Another_school_or_authority_cannot_upgrade_a_subscription_and_an_unpaid_one_cannot_be_upgraded()
    {
        var subscription = await SubscriptionsTestData.DemoSchoolSubscriptionAsync(app);
        var gold = await SubscriptionsTestData.PackageAsync(app, app.Lancashire, "Gold");
        var otherSchool = await app.SignInAsync("lancashire", "coordinator2");
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.PostAsJsonAsync($"/api/v1/subscriptions/{subscription.Id}/upgrade",
            new { packageId = gold.Id, purchaseOrderNumber = "PO-X" }, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/subscriptions/{subscription.Id}/upgrade")).StatusCode);
        var northdale = await app.SignInAsync("northdale", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.PostAsJsonAsync($"/api/v1/subscriptions/{subscription.Id}/upgrade",
            new { packageId = gold.Id, purchaseOrderNumber = "PO-X" }, Json.Options)).StatusCode);
        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        Assert.Contains("Gold: pay £170 more", await SubscriptionsTestData.BodyAsync(await coordinator.GetAsync($"/subscriptions/{subscription.Id}/upgrade")));

        var unpaid = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Bronze");
        await Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(app.Lancashire, new UpgradeSubscriptionCommand(unpaid.Id, gold.Id, "PO-1")));
    }
}
