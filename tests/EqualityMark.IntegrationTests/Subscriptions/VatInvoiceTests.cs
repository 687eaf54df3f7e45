using System.Net.Http.Json;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>Full VAT invoices: VAT follows the school's type as the terms stood when the invoice was raised, and stays.</summary>
[Collection(AppTestGroup.Name)]
public sealed class VatInvoiceTests(AppFixture app)
{
    [Fact]
    public async Task An_academys_invoice_charges_vat_at_the_standard_rate_with_everything_hmrc_asks_of_a_full_vat_invoice()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var academy = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, authority.Tenant, "Bronze", type: SchoolType.Academy);
        Assert.Equal((44_000, 8_800), (academy.PricePence, academy.VatPence));
        var invoice = (await app.SendAsync(authority.Tenant, new ListInvoicesQuery(academy.SchoolId))).Single();

        Assert.Equal((44_000, 8_800, 52_800), (invoice.NetPence, invoice.VatPence, invoice.TotalPence));
        Assert.Equal(invoice.IssuedOn, invoice.TaxPointOn);
        var line = invoice.Lines.Single();
        Assert.Equal((1, 44_000, 44_000, VatTreatment.StandardRate, 20), (line.Quantity, line.UnitPricePence, line.AmountPence, line.VatTreatment, line.VatRatePercent));
        Assert.Equal([new InvoiceVatDto(VatTreatment.StandardRate, 20, 44_000, 8_800)], invoice.VatByRate);
        var parties = invoice.Parties!;
        Assert.Equal((authority.Tenant.Name, "GB123456782"), (parties.SupplierName, parties.SupplierVatNumber));
        Assert.Equal(new PostalAddressDto("County Hall", "Fishergate", "Preston", "PR1 8XJ"), parties.SupplierAddress);
        Assert.Equal(new PostalAddressDto("1 Test Street", null, "Preston", "PR1 1AA"), parties.CustomerAddress);

        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        var page = await SubscriptionsTestData.BodyAsync(await admin.GetAsync($"/invoices/{invoice.Id}"));
        foreach (var text in new[]
        {
            $"VAT invoice {invoice.Reference}", "VAT registration number: <span data-vat-number>GB123456782</span>", "County Hall", "PR1 8XJ", academy.SchoolName, "1 Test Street",
            "Date of issue", "Time of supply (tax point)", "Quantity", "Unit price excluding VAT", "VAT rate", "20%", "Total excluding VAT", "£440",
            "VAT: 20% on £440", "£88", "Total including VAT", "£528", "Discount", invoice.PurchaseOrderNumber!,
        })
        {
            Assert.Contains(text, page);
        }
    }

    [Fact]
    public async Task A_maintained_schools_invoice_is_outside_the_scope_of_vat_and_issued_invoices_keep_their_vat_when_the_terms_change()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var maintained = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, authority.Tenant, "Silver");
        var academy = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, authority.Tenant, "Silver", type: SchoolType.Academy);
        var maintainedInvoice = (await app.SendAsync(authority.Tenant, new ListInvoicesQuery(maintained.SchoolId))).Single();
        Assert.Equal((77_000, 0L), (maintainedInvoice.NetPence, maintainedInvoice.VatPence));
        Assert.Equal(VatTreatment.OutsideScope, maintainedInvoice.Lines.Single().VatTreatment);

        var terms = await app.SendAsync(authority.Tenant, new GetSubscriptionSettingsQuery());
        await app.SendAsync(authority.Tenant, new UpdateSubscriptionSettingsCommand(15, terms.VatBySchoolType with { Maintained = VatTreatment.StandardRate },
            "GB123456727", terms.Address with { Line1 = "Civic Centre" }, 9, 1, 30, 30));

        var academyInvoice = (await app.SendAsync(authority.Tenant, new ListInvoicesQuery(academy.SchoolId))).Single();
        Assert.Equal((15_400, 20, "GB123456782", "County Hall"), (academyInvoice.VatPence, academyInvoice.Lines.Single().VatRatePercent,
            academyInvoice.Parties!.SupplierVatNumber, academyInvoice.Parties.SupplierAddress.Line1));
        Assert.Equal(0, (await app.SendAsync(authority.Tenant, new GetInvoiceQuery(maintainedInvoice.Id))).VatPence);

        var later = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, authority.Tenant, "Silver");
        var laterInvoice = (await app.SendAsync(authority.Tenant, new ListInvoicesQuery(later.SchoolId))).Single();
        Assert.Equal((11_550, 15, "GB123456727", "Civic Centre"), (laterInvoice.VatPence, laterInvoice.Lines.Single().VatRatePercent,
            laterInvoice.Parties!.SupplierVatNumber, laterInvoice.Parties.SupplierAddress.Line1));

        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        Assert.Contains("Outside the scope of VAT", await SubscriptionsTestData.BodyAsync(await admin.GetAsync($"/invoices/{maintainedInvoice.Id}")));
    }

    [Fact]
    public async Task Vat_is_not_charged_without_the_authoritys_vat_number()
    {
        await using var authority = await app.CreateAuthorityAsync();
        await using (var scope = app.Scope(authority.Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<SubscriptionsDbContext>();
            await db.Settings.ExecuteUpdateAsync(s => s.SetProperty(x => x.VatRegistrationNumber, (string?)null));
        }

        var conflict = await Assert.ThrowsAsync<ConflictException>(() =>
            SubscriptionsTestData.SubscribeNewSchoolAsync(app, authority.Tenant, "Bronze", type: SchoolType.FreeSchool));
        Assert.Contains("VAT is charged to free schools, but the authority's VAT registration number is not set", conflict.Message);
        Assert.Equal(0, (await SubscriptionsTestData.SubscribeNewSchoolAsync(app, authority.Tenant, "Bronze")).VatPence);
    }

    [Fact]
    public async Task The_school_type_comes_from_the_sign_up_and_a_bad_type_is_refused()
    {
        var bronze = await SubscriptionsTestData.PackageAsync(app, app.Lancashire, "Bronze");
        var signUp = await app.SendAsync(app.Lancashire, SubscriptionsTestData.SignUp(bronze.Id, SubscriptionsTestData.NewUrn(), type: SchoolType.Independent));
        Assert.Equal(nameof(SchoolType.Independent), signUp.SchoolType);
        var admin = await app.SignInAsync("lancashire", "admin");
        Assert.Contains("Independent school", await SubscriptionsTestData.BodyAsync(await admin.GetAsync($"/admin/sign-ups/{signUp.Id}")));

        var bad = await app.Factory.ForTenant("lancashire").PostAsJsonAsync("/api/v1/sign-ups",
            SubscriptionsTestData.SignUp(bronze.Id, SubscriptionsTestData.NewUrn()) with { SchoolType = "Grammar" }, Json.Options);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Choose the type of school", await bad.Content.ReadAsStringAsync());
    }
}
