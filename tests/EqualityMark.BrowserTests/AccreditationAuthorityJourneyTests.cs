using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// The authority's administrator changes the award rules, finds a school on the accreditation dashboard and revokes one
/// of its badges through the confirmation page. axe-core finds nothing serious on any of the pages, errors shown included.
/// Northdale's rules are put back as they were at the end, so other journeys see the defaults.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class AccreditationAuthorityJourneyTests(BrowserFixture fixture)
{
    private string Northdale => fixture.TenantUrl("northdale", string.Empty);

    [Fact]
    public async Task Administrator_changes_the_rules_opens_a_school_from_the_dashboard_and_revokes_a_badge()
    {
        var school = await fixture.CreateSchoolAsync("northdale");
        await AddBadgeAsync(school);
        await using var context = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        var admin = await context.NewPageAsync();
        await Journeys.SignInAsync(admin, Northdale, "admin@northdale.example", "Alex Morgan");

        await admin.GotoAsync(Northdale + "/accreditation/settings");
        await Expect(admin.Heading()).ToHaveTextAsync("Award rules");
        await Expect(admin.Locator("#rules-in-words")).ToContainTextAsync("All 6 badges within 3 years");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("#Input_AllBadges-number").CheckAsync();
        await admin.Locator("#Input_BadgesForMark").FillAsync("9");
        await admin.MainButton("Save award rules").ClickAsync();
        await Expect(admin.ErrorSummary()).ToContainTextAsync("The number of badges must be between 1 and 6");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("#Input_BadgesForMark").FillAsync("5");
        await admin.MainButton("Save award rules").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Award rules saved");
        await Expect(admin.Locator("#rules-in-words")).ToContainTextAsync("5 of the 6 badges within 3 years");

        await admin.GotoAsync(Northdale + "/accreditation/dashboard?phase=Primary");
        await Expect(admin.Heading()).ToHaveTextAsync("Accreditation dashboard");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("#schools").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = school.Name }).ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync(school.Name);
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await admin.Locator("#awards").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Revoke the Race Equality Badge" }).ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync("Are you sure you want to revoke the Race Equality Badge?");
        await Expect(admin.Locator("#mark-stays")).ToContainTextAsync("Revoking a badge does not revoke the Mark");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.MainButton("Yes, revoke it").ClickAsync();
        await Expect(admin.ErrorSummary()).ToContainTextAsync("Enter the reason for revoking this award");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("#Reason").FillAsync("The summary's evidence belonged to another school");
        await admin.MainButton("Yes, revoke it").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Award revoked");
        await Expect(admin.Locator("#awards")).ToContainTextAsync("Revoked");
        await Axe.AssertNoSeriousViolationsAsync(admin);

        await admin.GotoAsync(Northdale + "/accreditation/settings");
        await admin.Locator("#Input_AllBadges").CheckAsync();
        await admin.MainButton("Save award rules").ClickAsync();
        await Expect(admin.Locator("#rules-in-words")).ToContainTextAsync("All 6 badges within 3 years");
    }

    private async Task AddBadgeAsync(TestSchool school)
    {
        var tenant = await fixture.TenantAsync("northdale");
        await using var scope = fixture.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AccreditationDbContext>();
        var today = UkTime.Today(TimeProvider.System);
        var unique = Guid.NewGuid().ToString("N").ToUpperInvariant();
        db.Awards.Add(new Award
        {
            SchoolId = school.Id, SchoolName = school.Name, SchoolUrn = "900999", SchoolPhase = "Primary", Kind = AwardKind.Badge, StrandKey = "race",
            Title = "Race Equality Badge", AwardedOn = today.AddMonths(-6), ExpiresOn = today.AddYears(3).AddMonths(-6),
            CertificateNumber = $"BROWSER-{unique[..16]}", VerificationCode = unique[..20], AwardedBy = "Priya Shah", AwardedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
