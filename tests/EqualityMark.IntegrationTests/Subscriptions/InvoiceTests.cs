using System.Net;
using System.Net.Http.Json;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>The council path: numbered invoices with the PO, a printable view, payment activates the subscription.</summary>
[Collection(AppTestGroup.Name)]
public sealed class InvoiceTests(AppFixture app)
{
    [Fact]
    public async Task Invoices_are_numbered_in_sequence_per_authority_with_the_po_and_payment_terms()
    {
        var first = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Bronze");
        var second = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Gold", EqualityMark.Organisations.Contracts.SchoolPhase.Secondary);
        var a = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(first.SchoolId))).Single();
        var b = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(second.SchoolId))).Single();
        Assert.Equal(a.Number + 1, b.Number);
        Assert.Equal($"EM-{b.Number:D6}", b.Reference);
        Assert.Equal(115_500, b.TotalPence);
        Assert.Equal(b.IssuedOn.AddDays(30), b.DueOn);
        Assert.Equal($"PO-{second.SchoolUrn}", b.PurchaseOrderNumber);
        Assert.Contains("Gold package", b.Lines.Single().Description);
    }

    [Fact]
    public async Task The_printable_invoice_is_paid_by_the_administrator_and_the_subscription_becomes_active()
    {
        var subscription = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Silver");
        var invoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId))).Single();
        var admin = await app.SignInAsync("lancashire", "admin");
        var view = await SubscriptionsTestData.BodyAsync(await admin.GetAsync($"/invoices/{invoice.Id}"));
        Assert.Contains($"Invoice {invoice.Reference}", view);
        Assert.Contains("£770", view);
        Assert.Contains($"PO-{subscription.SchoolUrn}", view);

        var paid = await SubscriptionsTestData.PostHandlerAsync(admin, $"/invoices/{invoice.Id}", "Paid", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var reread = await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(subscription.Id));
        Assert.Equal(SubscriptionStatus.Active, reread.Status);
        Assert.Equal([SubscriptionStatus.PendingPayment, SubscriptionStatus.Active], reread.History.Select(h => h.Status));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/invoices/{invoice.Id}/paid", null)).StatusCode);
    }

    [Fact]
    public async Task A_cancelled_invoice_cannot_be_paid_and_overdue_invoices_are_listed()
    {
        var cancelled = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Bronze");
        var overdue = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Bronze");
        var admin = await app.SignInAsync("lancashire", "admin");
        var cancelledInvoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(cancelled.SchoolId))).Single();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/invoices/{cancelledInvoice.Id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/invoices/{cancelledInvoice.Id}/paid", null)).StatusCode);
        Assert.Equal(SubscriptionStatus.PendingPayment, (await app.SendAsync(app.Lancashire, new GetSubscriptionQuery(cancelled.Id))).Status);

        var overdueInvoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(overdue.SchoolId))).Single();
        await using (var scope = app.Scope(app.Lancashire))
        {
            var db = scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>();
            await db.Invoices.Where(i => i.Id == overdueInvoice.Id).ExecuteUpdateAsync(i => i.SetProperty(x => x.DueOn, x => x.IssuedOn.AddDays(-1)));
        }

        var listed = await admin.GetFromJsonAsync<List<InvoiceDto>>("/api/v1/invoices?overdue=true", Json.Options);
        Assert.Contains(listed!, i => i.Id == overdueInvoice.Id && i.IsOverdue);
        Assert.DoesNotContain(listed!, i => i.Id == cancelledInvoice.Id);
        Assert.Contains(overdueInvoice.Reference, await admin.GetStringAsync("/admin/invoices?overdue=true"));
    }

    [Fact]
    public async Task The_coordinator_sees_the_package_paid_for_and_a_school_user_cannot_read_another_schools_invoices()
    {
        var subscription = await SubscriptionsTestData.DemoSchoolSubscriptionAsync(app);
        var invoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(subscription.SchoolId))).First(i => i.SubscriptionId == subscription.Id);

        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        var page = await SubscriptionsTestData.BodyAsync(await coordinator.GetAsync("/our-package"));
        Assert.Contains("Silver", page);
        Assert.Contains("£770", page);
        Assert.Contains("Annual advisory or accreditation visit (focus set by the school):", page);
        Assert.Contains("left", page);
        Assert.Contains(invoice.Reference, page);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/invoices/{invoice.Id}")).StatusCode);

        var otherSchool = await app.SignInAsync("lancashire", "coordinator2");
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/invoices/{invoice.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/api/v1/invoices/{invoice.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/subscriptions/{subscription.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSchool.GetAsync($"/api/v1/schools/{subscription.SchoolId}/subscriptions")).StatusCode);
        var visible = await otherSchool.GetFromJsonAsync<List<InvoiceDto>>($"/api/v1/invoices?schoolId={subscription.SchoolId}", Json.Options);
        Assert.Empty(visible!);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync($"/api/v1/invoices/{invoice.Id}/paid", null)).StatusCode);

        var northdale = await app.SignInAsync("northdale", "admin");
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/api/v1/invoices/{invoice.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.PostAsync($"/api/v1/invoices/{invoice.Id}/paid", null)).StatusCode);
    }
}
