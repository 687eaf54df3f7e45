using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Events;

/// <summary>A fresh school whose package is active: signed up, approved and its invoice paid, as the real flow does it.</summary>
public static class SubscribedSchools
{
    public static async Task<TestSchool> SubscribedAsync(this AppFixture app, TenantInfo tenant, string package)
    {
        var school = await app.CreateAsync(tenant);
        var catalogue = await app.SendAsync(tenant, new GetCatalogueQuery());
        var packageId = catalogue.Packages.Single(p => p.Name == package).Id;
        var s = school.School;
        var signUp = await app.SendAsync(tenant, new SubmitSignUpCommand(s.Name, s.Urn, nameof(SchoolPhase.Primary), s.AddressLine1, s.Town, s.Postcode,
            "Casey Coordinator", school.CoordinatorEmail, packageId, PaymentMethod.Invoice, "PO-TEST"));
        await app.SendAsync(tenant, new ApproveSignUpCommand(signUp.Id, SubscriptionYear.Current));
        var invoice = (await app.SendAsync(tenant, new ListInvoicesQuery(s.Id))).Single();
        await app.SendAsync(tenant, new MarkInvoicePaidCommand(invoice.Id));
        return school;
    }
}
