using System.Net;
using EqualityMark.IntegrationTests.Events;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.MembersSee;

/// <summary>A school's package, prices and invoices are for its co-ordinator: reference group members are refused them (ADR 0029).</summary>
[Collection(AppTestGroup.Name)]
public sealed class MemberMoneyTests(AppFixture app)
{
    [Fact]
    public async Task Members_are_refused_the_schools_invoices_and_prices_on_pages_and_api_and_the_coordinator_is_not()
    {
        var school = await app.SubscribedAsync(app.Lancashire, "Silver");
        var invoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(school.School.Id))).Single();
        var member = await app.SignInAsAsync(app.Lancashire, school.MemberEmail);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        string[] api = ["/api/v1/invoices", $"/api/v1/invoices/{invoice.Id}", $"/api/v1/subscriptions/{invoice.SubscriptionId}", $"/api/v1/schools/{school.School.Id}/subscriptions"];
        string[] pages = ["/our-package", $"/invoices/{invoice.Id}"];

        foreach (var path in api)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(path)).StatusCode);
        }

        foreach (var page in pages)
        {
            await SubscriptionsTestData.AssertPageRefusedAsync(member, page);
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(page)).StatusCode);
        }

        var home = await member.GetStringAsync("/");
        Assert.DoesNotContain("/our-package", home, StringComparison.Ordinal);
        Assert.Contains("/our-package", await coordinator.GetStringAsync("/"), StringComparison.Ordinal);
        var ourSchool = await SubscriptionsTestData.BodyAsync(await member.GetAsync($"/schools/{school.School.Id}"));
        Assert.DoesNotContain(invoice.Reference, ourSchool, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscription and payments", ourSchool, StringComparison.Ordinal);
        Assert.Contains(invoice.Reference, await coordinator.GetStringAsync($"/schools/{school.School.Id}"), StringComparison.Ordinal);
    }
}
