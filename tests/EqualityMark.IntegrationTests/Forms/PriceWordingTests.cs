using EqualityMark.IntegrationTests.Subscriptions;

namespace EqualityMark.IntegrationTests.Forms;

/// <summary>A subscription's price is not called "paid" while its invoice is still waiting to be paid.</summary>
[Collection(AppTestGroup.Name)]
public sealed class PriceWordingTests(AppFixture app)
{
    [Fact]
    public async Task A_subscription_awaiting_payment_shows_its_price_as_awaiting_payment()
    {
        var pending = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Bronze");
        var admin = await app.SignInAsync("lancashire", "admin");

        var html = await admin.GetStringAsync($"/subscriptions/{pending.Id}");

        Assert.DoesNotContain("Price paid", html, StringComparison.Ordinal);
        Assert.Contains(", awaiting payment</dd>", html, StringComparison.Ordinal);
    }
}
