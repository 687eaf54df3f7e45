using System.Security.Cryptography;
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
/// A visitor filters the public register, follows a school's badge to its verify page and reads that it is valid;
/// the school's co-ordinator takes a badge off the register. axe-core finds nothing serious on any of the pages.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class AccreditationRegisterJourneyTests(BrowserFixture fixture)
{
    private const string ReligionBadge = "Religion and Belief Equality Badge";

    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task A_visitor_follows_the_register_to_a_valid_award_and_the_coordinator_hides_a_badge()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await AddBadgeAsync(school, "race", "Race Equality Badge");
        await AddBadgeAsync(school, "religion-belief", ReligionBadge);

        var visitorContext = await fixture.NewContextAsync(bypassContentSecurityPolicy: true);
        await using var _ = visitorContext;
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync(Lancashire + "/register");
        await Expect(visitor.Heading()).ToHaveTextAsync("Register of accredited schools");
        await Axe.AssertNoSeriousViolationsAsync(visitor);

        await visitor.Locator("#phase").SelectOptionAsync(new SelectOptionValue { Label = "Primary" });
        await visitor.Locator("#badge").SelectOptionAsync(new SelectOptionValue { Label = "Religion and Belief" });
        await visitor.MainButton("Apply filters").ClickAsync();
        var card = visitor.Locator(".govuk-summary-card", new PageLocatorOptions { HasText = school.Name });
        await card.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = $"{ReligionBadge} held by {school.Name}" }).ClickAsync();

        await Expect(visitor.Heading()).ToHaveTextAsync("Check an award");
        await Expect(visitor.Locator("#award-status")).ToHaveTextAsync("Valid");
        await Expect(visitor.Locator("main")).ToContainTextAsync(school.Name);
        await Expect(visitor.Locator("main")).ToContainTextAsync(ReligionBadge);
        await Axe.AssertNoSeriousViolationsAsync(visitor);

        var (context, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName, forAxe: true);
        await using var __ = context;
        await coordinator.GotoAsync(Lancashire + "/accreditation/register-choices");
        await Expect(coordinator.Heading()).ToHaveTextAsync("What the public register shows");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        var religion = coordinator.Locator(".govuk-fieldset", new PageLocatorOptions { HasText = ReligionBadge });
        await religion.GetByLabel("No", new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
        await coordinator.MainButton("Save choices").ClickAsync();
        await Expect(coordinator.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your choices for the public register are saved");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await visitor.GotoAsync(Lancashire + "/register?phase=Primary&badge=religion-belief");
        await Expect(visitor.Locator(".govuk-summary-card", new PageLocatorOptions { HasText = school.Name })).ToHaveCountAsync(0);
    }

    private async Task AddBadgeAsync(TestSchool school, string strandKey, string title)
    {
        var tenant = await fixture.TenantAsync("lancashire");
        await using var scope = fixture.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AccreditationDbContext>();
        var awardedOn = UkTime.Today(TimeProvider.System).AddDays(-20);
        db.Awards.Add(new Award
        {
            SchoolId = school.Id, SchoolName = school.Name, SchoolUrn = "100001", SchoolPhase = "Primary", Kind = AwardKind.Badge,
            StrandKey = strandKey, Title = title, AwardedOn = awardedOn, ExpiresOn = awardedOn.AddYears(3),
            CertificateNumber = $"B-{Guid.NewGuid():N}", VerificationCode = RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 12),
            AwardedBy = "Avery Advisor", AwardedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }
}
