using EqualityMark.Organisations.Contracts;
using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>The demo shows the module at work: a paid subscription for each first school and a sign-up to review.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SubscriptionsDemoDataTests(AppFixture app)
{
    [Fact]
    public async Task Each_demo_authoritys_first_school_has_a_paid_subscription_and_lancashire_has_a_sign_up_to_review()
    {
        foreach (var (tenant, urn, package) in new[] { (app.Lancashire, "900101", "Silver"), (app.Northdale, "900201", "Award Plus") })
        {
            var school = (await app.SendAsync(tenant, new ListSchoolsQuery())).Single(s => s.Urn == urn);
            var subscriptions = await app.SendAsync(tenant, new ListSchoolSubscriptionsQuery(school.Id));
            Assert.Contains(subscriptions, s => s.PackageName == package && s.Status is SubscriptionStatus.Active or SubscriptionStatus.RenewalDue);
        }

        Assert.Contains(await app.SendAsync(app.Lancashire, new ListSignUpsQuery(SignUpStatus.AwaitingReview)), s => s.Urn == "900106");
    }

    [Fact]
    public async Task Lancashire_shows_a_vat_invoice_for_an_academy_and_one_outside_the_scope_of_vat_for_a_maintained_school()
    {
        var schools = await app.SendAsync(app.Lancashire, new ListSchoolsQuery());
        var academy = schools.Single(s => s.Urn == "900104");
        var maintained = schools.Single(s => s.Urn == "900101");
        Assert.Equal((SchoolType.Academy, SchoolType.LocalAuthorityMaintained), (academy.Type, maintained.Type));

        var academyInvoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(academy.Id))).First(i => i.UpgradeToPackageName is null);
        Assert.Equal((44_000, 8_800, "GB123456782"), (academyInvoice.NetPence, academyInvoice.VatPence, academyInvoice.Parties!.SupplierVatNumber));
        Assert.Equal(VatTreatment.StandardRate, academyInvoice.Lines.Single().VatTreatment);
        var maintainedInvoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(maintained.Id))).First(i => i.UpgradeToPackageName is null);
        Assert.Equal((0L, VatTreatment.OutsideScope), (maintainedInvoice.VatPence, maintainedInvoice.Lines.Single().VatTreatment));
    }
}
