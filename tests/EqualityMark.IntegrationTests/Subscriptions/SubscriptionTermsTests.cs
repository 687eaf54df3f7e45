using System.Net;
using System.Net.Http.Json;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>The authority's terms: VAT per school type, its VAT number and address, the year and payment terms — validated, and its own.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SubscriptionTermsTests(AppFixture app)
{
    private static readonly string[] FieldMessages =
    [
        "Enter a VAT rate from 0 to 100", "Enter a real UK VAT registration number", "Enter a real postcode, like PR1 8XJ",
        "Enter address line 1, typically the building and street", "Enter a month from 1 to 12", "Enter a day from 1 to 28", "Enter payment terms",
    ];

    private static readonly VatBySchoolTypeDto Defaults = new(VatTreatment.OutsideScope, VatTreatment.StandardRate, VatTreatment.StandardRate, VatTreatment.StandardRate);

    [Fact]
    public async Task A_new_authority_charges_vat_to_academies_free_and_independent_schools_but_not_its_maintained_schools()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var terms = await app.SendAsync(authority.Tenant, new GetSubscriptionSettingsQuery());
        Assert.Equal(Defaults, terms.VatBySchoolType);
        Assert.Equal((20, "GB123456782"), (terms.VatRatePercent, terms.VatRegistrationNumber));
        Assert.Equal(new PostalAddressDto("County Hall", "Fishergate", "Preston", "PR1 8XJ"), terms.Address);
    }

    [Fact]
    public async Task Bad_terms_are_refused_with_a_message_for_each_field_by_the_api_and_the_form()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var before = await app.SendAsync(app.Lancashire, new GetSubscriptionSettingsQuery());
        var invalid = await admin.PutAsJsonAsync("/api/v1/subscription-settings",
            new UpdateSubscriptionSettingsCommand(120, Defaults, "GB123456789", new PostalAddressDto(" ", null, "Preston", "NOT A POSTCODE"), 13, 31, -1, 30), Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadAsStringAsync();
        Assert.All(FieldMessages, message => Assert.Contains(message, problem));

        var noNumber = await admin.PutAsJsonAsync("/api/v1/subscription-settings", before with { VatRegistrationNumber = null }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, noNumber.StatusCode);
        Assert.Contains("Enter the authority's VAT registration number", await noNumber.Content.ReadAsStringAsync());

        var form = await FormPost.SubmitAsync(admin, "/admin/subscription-terms", new Dictionary<string, string>
        {
            ["Input.VatRatePercent"] = "20", ["Input.VatBySchoolType.Maintained"] = "OutsideScope", ["Input.VatBySchoolType.Academy"] = "StandardRate",
            ["Input.VatBySchoolType.FreeSchool"] = "StandardRate", ["Input.VatBySchoolType.Independent"] = "StandardRate",
            ["Input.VatRegistrationNumber"] = "GB 123 4567 83", ["Input.Address.Line1"] = "County Hall", ["Input.Address.Town"] = "Preston",
            ["Input.Address.Postcode"] = "PR1", ["Input.YearStartDay"] = "1", ["Input.YearStartMonth"] = "9", ["Input.PaymentTermsDays"] = "30", ["Input.LapseGraceDays"] = "30",
        });
        var page = await SubscriptionsTestData.BodyAsync(form);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("There is a problem", page);
        Assert.Contains("Enter a real UK VAT registration number", page);
        Assert.Contains("Enter a real postcode, like PR1 8XJ", page);
        Assert.Equal(before, await app.SendAsync(app.Lancashire, new GetSubscriptionSettingsQuery()));

        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsJsonAsync("/api/v1/subscription-settings", before, Json.Options)).StatusCode);
    }

    [Theory]
    [InlineData("gb 123 4567 82", "GB123456782")]
    [InlineData("GB123456727", "GB123456727")]
    [InlineData("GB 980 7806 84 001", "GB980780684001")]
    public async Task Vat_numbers_passing_hmrcs_check_are_kept_without_spaces_and_the_form_says_saved(string entered, string stored)
    {
        await using var authority = await app.CreateAuthorityAsync();
        var admin = await app.SignInAsAsync(authority.Tenant, authority.AdminEmail);
        var saved = await FormPost.SubmitAsync(admin, "/admin/subscription-terms", new Dictionary<string, string>
        {
            ["Input.VatRatePercent"] = "20", ["Input.VatBySchoolType.Maintained"] = "OutsideScope", ["Input.VatBySchoolType.Academy"] = "StandardRate",
            ["Input.VatBySchoolType.FreeSchool"] = "StandardRate", ["Input.VatBySchoolType.Independent"] = "OutsideScope",
            ["Input.VatRegistrationNumber"] = entered, ["Input.Address.Line1"] = "Civic Centre", ["Input.Address.Line2"] = "", ["Input.Address.Town"] = "Testtown",
            ["Input.Address.Postcode"] = "tt11tt", ["Input.YearStartDay"] = "1", ["Input.YearStartMonth"] = "9", ["Input.PaymentTermsDays"] = "14", ["Input.LapseGraceDays"] = "30",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Subscription terms saved", await admin.GetStringAsync(saved.Headers.Location!.OriginalString));
        var terms = await app.SendAsync(authority.Tenant, new GetSubscriptionSettingsQuery());
        Assert.Equal((stored, "TT1 1TT", 14, VatTreatment.OutsideScope), (terms.VatRegistrationNumber, terms.Address.Postcode, terms.PaymentTermsDays, terms.VatBySchoolType.Independent));
        Assert.Null(terms.Address.Line2);
    }
}
