using System.Net;
using System.Net.Http.Json;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>VAT and the subscription year are each authority's own terms, applied when a subscription is bought.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SubscriptionTermsTests(AppFixture app)
{
    [Fact]
    public async Task With_vat_added_a_new_subscription_and_its_invoice_carry_vat_and_the_other_authority_is_unaffected()
    {
        var defaults = await app.SendAsync(app.Northdale, new GetSubscriptionSettingsQuery());
        Assert.Equal(new SubscriptionSettingsDto(VatMode.PriceIsWhatSchoolPays, 20, 9, 1, 30, 30), defaults);
        var admin = await app.SignInAsync("northdale", "admin");
        try
        {
            var changed = await admin.PutAsJsonAsync("/api/v1/subscription-settings", defaults with { VatMode = VatMode.VatAddedToPrice, PaymentTermsDays = 14 }, Json.Options);
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            var subscription = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Northdale, "Essentials");
            Assert.Equal((30_000, 6_000), (subscription.PricePence, subscription.VatPence));
            var invoice = (await app.SendAsync(app.Northdale, new ListInvoicesQuery(subscription.SchoolId))).Single();
            Assert.Equal((30_000, 6_000, 36_000), (invoice.NetPence, invoice.VatPence, invoice.TotalPence));
            Assert.Equal(invoice.IssuedOn.AddDays(14), invoice.DueOn);
            Assert.Equal(VatMode.PriceIsWhatSchoolPays, (await app.SendAsync(app.Lancashire, new GetSubscriptionSettingsQuery())).VatMode);
        }
        finally
        {
            await app.SendAsync(app.Northdale, new UpdateSubscriptionSettingsCommand(defaults.VatMode, defaults.VatRatePercent, defaults.YearStartMonth,
                defaults.YearStartDay, defaults.PaymentTermsDays, defaults.LapseGraceDays));
        }
    }

    [Fact]
    public async Task Terms_are_validated_and_only_the_authoritys_administrators_change_them()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var invalid = await admin.PutAsJsonAsync("/api/v1/subscription-settings",
            new SubscriptionSettingsDto(VatMode.VatAddedToPrice, 120, 13, 31, -1, 30), Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadAsStringAsync();
        foreach (var message in new[] { "Enter a VAT rate from 0 to 100", "Enter a month from 1 to 12", "Enter a day from 1 to 28", "Enter payment terms" })
        {
            Assert.Contains(message, problem);
        }

        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsJsonAsync("/api/v1/subscription-settings",
            new SubscriptionSettingsDto(VatMode.VatAddedToPrice, 20, 9, 1, 30, 30), Json.Options)).StatusCode);
        Assert.Equal(VatMode.PriceIsWhatSchoolPays, (await app.SendAsync(app.Lancashire, new GetSubscriptionSettingsQuery())).VatMode);
        Assert.Contains("Subscription terms", await admin.GetStringAsync("/admin/subscription-terms"));
    }
}
