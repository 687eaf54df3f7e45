using System.Globalization;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Domain;
using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

/// <summary>
/// Step 6 through the pages: the co-ordinator writes and sends the Race summary, the team returns it, the school
/// resends, the team accepts it and records the visit's outcome; the badge lands and, as it was the last one, the Mark,
/// with its certificate and public verification page.
/// axe-core finds nothing serious on any page, error states included.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class AccreditationJourneyTests(BrowserFixture fixture)
{
    private const string AdminEmail = "admin@lancashire.example";
    private const string AdminName = "Alex Morgan";

    private string Lancashire => fixture.TenantUrl("lancashire", string.Empty);

    [Fact]
    public async Task A_summary_goes_from_the_coordinator_through_the_desk_check_and_the_visit_to_the_badge_and_the_Mark()
    {
        var school = await fixture.CreateSchoolAsync("lancashire");
        await PrepareAsync(school.Id, school.Name);
        var (schoolContext, coordinator) = await fixture.SignedInAsync(school.CoordinatorEmail, TestSchool.CoordinatorName, forAxe: true);
        await using var _ = schoolContext;
        var (adminContext, admin) = await fixture.SignedInAsync(AdminEmail, AdminName, forAxe: true);
        await using var __ = adminContext;

        await coordinator.GotoAsync(Lancashire + "/accreditation");
        await Expect(coordinator.Heading()).ToHaveTextAsync("Accreditation");
        await Expect(coordinator.Locator("#mark-rule")).ToContainTextAsync("All 6 badges within 3 years");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.MainButton("Start summary for Race").ClickAsync();
        await Expect(coordinator.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Summary started");
        await Expect(coordinator.Locator("main")).ToContainTextAsync("Staff challenge racist language");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        var summaryUrl = coordinator.Url.Split('?')[0];

        await coordinator.Locator("#Input_ActionsTaken").FillAsync("Anti-racism training for every member of staff and a new incident log.");
        await coordinator.Locator("#Input_OutcomesAchieved").FillAsync("Racist incidents fell from 12 to 3 a term.");
        await coordinator.MainButton("Save and continue").ClickAsync();
        await Expect(coordinator.Heading()).ToHaveTextAsync("Check your summary before sending it");
        await Expect(coordinator.Locator("#readiness")).ToContainTextAsync("Needed before sending");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);

        await coordinator.GotoAsync(summaryUrl);
        await coordinator.Locator("#File").SetInputFilesAsync(new FilePayload { Name = "Incident log.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await coordinator.MainButton("Upload document").ClickAsync();
        await Expect(coordinator.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Document uploaded");
        await coordinator.Locator("#File").SetInputFilesAsync(new FilePayload { Name = "Wrong file.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await coordinator.MainButton("Upload document").ClickAsync();
        await coordinator.Locator("main a", new PageLocatorOptions { HasText = "Remove" }).Filter(new LocatorFilterOptions { HasText = "Wrong file.pdf" }).ClickAsync();
        await Expect(coordinator.Heading()).ToContainTextAsync("Remove “Wrong file.pdf”?");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        await coordinator.MainButton("Yes, remove it").ClickAsync();
        await Expect(coordinator.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Document removed");
        await Expect(coordinator.Locator("#documents + ul")).Not.ToContainTextAsync("Wrong file.pdf");
        await coordinator.GotoAsync(summaryUrl + "/check");
        await coordinator.MainButton("Send to the equality team").ClickAsync();
        await Expect(coordinator.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Summary sent to the equality team");
        await Expect(coordinator.Locator("#summary-status")).ToHaveTextAsync("Sent for checking");

        await admin.GotoAsync(Lancashire + "/accreditation/review");
        await Expect(admin.Heading()).ToHaveTextAsync("Accreditation review");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("main a", new PageLocatorOptions { HasText = school.Name }).First.ClickAsync();
        await Expect(admin.Locator("main")).ToContainTextAsync("Racist incidents fell from 12 to 3 a term.");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.MainButton("Return to the school").ClickAsync();
        await Expect(admin.ErrorSummary()).ToContainTextAsync("Say what the school needs to change");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.Locator("#Comments").FillAsync("Say how pupils were involved in the incident log.");
        await admin.MainButton("Return to the school").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Summary returned to the school");
        var reviewUrl = Lancashire + summaryUrl[summaryUrl.IndexOf("/accreditation/", StringComparison.Ordinal)..].Replace("summaries", "review", StringComparison.Ordinal);

        await coordinator.GotoAsync(summaryUrl);
        await Expect(coordinator.Locator("main")).ToContainTextAsync("Say how pupils were involved in the incident log.");
        await coordinator.Locator("#Input_PupilVoice").FillAsync("The school council reviews the incident log each half term.");
        await coordinator.MainButton("Save and continue").ClickAsync();
        await coordinator.MainButton("Send to the equality team").ClickAsync();
        await Expect(coordinator.Locator("#summary-status")).ToHaveTextAsync("Sent for checking");

        await admin.GotoAsync(reviewUrl);
        await Expect(admin.Locator("#history")).ToContainTextAsync("Returned for changes");
        await admin.MainButton("Accept for verification").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Summary accepted for verification");
        await admin.GotoAsync(reviewUrl + "/outcome");
        await Expect(admin.Heading()).ToHaveTextAsync("Record the outcome for the Race badge");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.MainButton("Continue").ClickAsync();
        await Expect(admin.ErrorSummary()).ToContainTextAsync("Select whether the badge is awarded");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.GetByLabel("Yes: award the badge").CheckAsync();
        var today = UkTime.Today(TimeProvider.System);
        await admin.Locator("#Input_VisitedOn").FillAsync(today.Day.ToString(CultureInfo.InvariantCulture));
        await admin.Locator("#Input_VisitedOn_Month").FillAsync(today.Month.ToString(CultureInfo.InvariantCulture));
        await admin.Locator("#Input_VisitedOn_Year").FillAsync(today.Year.ToString(CultureInfo.InvariantCulture));
        await admin.MainButton("Continue").ClickAsync();
        await Expect(admin.Heading()).ToHaveTextAsync("Check the outcome before recording it");
        await Axe.AssertNoSeriousViolationsAsync(admin);
        await admin.MainButton("Award the badge").ClickAsync();
        await Expect(admin.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Badge awarded, and with it the Mark");

        await coordinator.GotoAsync(Lancashire + "/accreditation");
        await Expect(coordinator.Locator("#mark")).ToContainTextAsync("Lancashire Equality and Inclusion Mark");
        await Expect(coordinator.Locator("#badge-race-status")).ToHaveTextAsync("Badge held");
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
        var certificatePath = await coordinator.Locator("#mark a", new PageLocatorOptions { HasText = "Download the certificate" }).GetAttributeAsync("href");
        // Fetched by the page itself (the browser resolves *.localhost; Playwright's own HTTP client does not).
        var certificate = await coordinator.EvaluateAsync<string>(
            "async path => { const r = await fetch(path); const b = new Uint8Array(await r.arrayBuffer()); return r.status + ' ' + r.headers.get('content-type') + ' ' + String.fromCharCode(...b.slice(0, 4)); }",
            certificatePath);
        Assert.Equal("200 application/pdf %PDF", certificate);

        await coordinator.Locator("#mark a", new PageLocatorOptions { HasText = "Public verification page" }).ClickAsync();
        await Expect(coordinator.Locator("#award-status")).ToHaveTextAsync("Valid");
        await Expect(coordinator.Locator("main")).ToContainTextAsync(school.Name);
        await Axe.AssertNoSeriousViolationsAsync(coordinator);
    }

    private static byte[] Pdf => "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    /// <summary>A Race objective with impact in the school's plan, and the other five badges already held, so the Race badge completes the Mark.</summary>
    private async Task PrepareAsync(Guid schoolId, string schoolName)
    {
        var tenant = await fixture.TenantAsync("lancashire");
        await using var scope = fixture.Services.GetRequiredService<TenantScopeFactory>().CreateScope(tenant);
        var plans = scope.ServiceProvider.GetRequiredService<ActionPlanningDbContext>();
        var now = DateTimeOffset.UtcNow;
        var today = UkTime.Today(TimeProvider.System);
        var plan = new ActionPlan { SchoolId = schoolId, SchoolName = schoolName, CreatedAt = now, LastUpdatedAt = now };
        var objective = new Objective
        {
            PlanId = plan.Id, SchoolId = schoolId, AcademicYear = AcademicYear.For(today), Title = "Staff understand how racism shows up in school",
            SuccessCriteria = "Every member of staff trained", ReviewOn = today.AddMonths(6), CreatedAt = now, CreatedBy = "Test", UpdatedAt = now,
        };
        plans.Plans.Add(plan);
        plans.Objectives.Add(objective);
        plans.ObjectiveCells.Add(new ObjectiveCell { ObjectiveId = objective.Id, ElementKey = "leadership", StrandKey = "race" });
        plans.Actions.Add(new PlanAction
        {
            ObjectiveId = objective.Id, SchoolId = schoolId, Description = "Anti-racism training", OwnerName = TestSchool.CoordinatorName,
            StartOn = today.AddMonths(-3), DueOn = today.AddMonths(-1), Status = ActionStatus.Done, CreatedAt = now, UpdatedAt = now,
        });
        plans.Impacts.Add(new ImpactRecord
        {
            ObjectiveId = objective.Id, WhatChanged = "Staff challenge racist language", StrandKey = "race", Group = "Pupils from minority ethnic groups", RecordedBy = "Test", RecordedAt = now,
        });
        await plans.SaveChangesAsync();

        var school = await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(new EqualityMark.Organisations.Contracts.GetSchoolQuery(schoolId));
        var awards = scope.ServiceProvider.GetRequiredService<AccreditationDbContext>();
        foreach (var strand in new[] { "sex", "disability", "holistic-diversity", "sexual-orientation", "religion-belief" })
        {
            awards.Awards.Add(new Award
            {
                SchoolId = schoolId, SchoolName = schoolName, SchoolUrn = school.Urn, SchoolPhase = school.Phase.ToString(), Kind = AwardKind.Badge, StrandKey = strand,
                Title = $"{strand} badge", AwardedOn = today.AddYears(-1), ExpiresOn = today.AddYears(2), CertificateNumber = $"BROWSER-{Guid.NewGuid():N}"[..30],
                VerificationCode = Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), AwardedBy = "Test", AwardedAt = now,
            });
        }

        await awards.SaveChangesAsync();
    }
}
