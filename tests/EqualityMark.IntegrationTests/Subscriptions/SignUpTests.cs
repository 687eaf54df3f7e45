using System.Net;
using System.Net.Http.Json;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>The public programme page and sign-up form, and the authority's review of sign-ups.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SignUpTests(AppFixture app)
{
    [Fact]
    public async Task The_programme_page_shows_each_authoritys_packages_and_prices_to_anyone()
    {
        var lancashire = await SubscriptionsTestData.BodyAsync(await app.Factory.ForTenant("lancashire").GetAsync("/programme"));
        Assert.Contains("Lancashire Equality and Inclusion Mark", lancashire);
        foreach (var text in new[] { "Bronze", "Silver", "Gold", "£440", "£660", "£770", "£990", "£940", "£1,155", "Secondary",
                     "School-based INSET session (up to 2 hours) or Second advisory visit (up to half a day) (the school chooses one)", "up to 2 places per meeting" })
        {
            Assert.Contains(text, lancashire);
        }

        var northdale = await SubscriptionsTestData.BodyAsync(await app.Factory.ForTenant("northdale").GetAsync("/programme"));
        Assert.Contains("Essentials", northdale);
        Assert.DoesNotContain("Bronze", northdale);
    }

    [Fact]
    public async Task The_sign_up_form_explains_what_is_missing()
    {
        var response = await FormPost.SubmitAsync(app.Factory.ForTenant("lancashire"), "/sign-up", new Dictionary<string, string>
        {
            ["Input.Urn"] = "12345",
            ["Input.PaymentMethod"] = "Invoice",
            ["Input.CoordinatorEmail"] = "not-an-email",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await SubscriptionsTestData.BodyAsync(response);
        foreach (var message in new[] { "There is a problem", "Enter the school's name", "Enter the school's URN: 6 digits", "Choose the school's phase",
                     "Choose the type of school", "Choose a package", "Enter the purchase order number for the invoice", "Enter an email address in the correct format" })
        {
            Assert.Contains(message, body);
        }
    }

    [Fact]
    public async Task A_school_signs_up_on_the_form_and_approval_adds_the_school_invites_the_coordinator_and_starts_the_subscription()
    {
        var silver = await SubscriptionsTestData.PackageAsync(app, app.Lancashire, "Silver");
        var urn = SubscriptionsTestData.NewUrn();
        var email = $"lead-{urn}@school.example";
        var submitted = await FormPost.SubmitAsync(app.Factory.ForTenant("lancashire"), "/sign-up", new Dictionary<string, string>
        {
            ["Input.SchoolName"] = "Ribble Valley High",
            ["Input.Urn"] = urn,
            ["Input.Phase"] = nameof(SchoolPhase.AllThrough),
            ["Input.SchoolType"] = "LocalAuthorityMaintained",
            ["Input.AddressLine1"] = "1 Ribble Way",
            ["Input.Town"] = "Clitheroe",
            ["Input.Postcode"] = "bb7 2aa",
            ["Input.CoordinatorName"] = "Dana Lead",
            ["Input.CoordinatorEmail"] = email,
            ["Input.PackageId"] = silver.Id.ToString(),
            ["Input.PaymentMethod"] = "Invoice",
            ["Input.PurchaseOrderNumber"] = "PO-7781",
        });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal("/sign-up/received", submitted.Headers.Location?.OriginalString);

        var admin = await app.SignInAsync("lancashire", "admin");
        var signUps = await admin.GetFromJsonAsync<List<SignUpDto>>("/api/v1/sign-ups?status=AwaitingReview", Json.Options);
        var signUp = signUps!.Single(s => s.Urn == urn);
        Assert.Contains("Ribble Valley High", await admin.GetStringAsync("/admin/sign-ups"));

        var approved = await SubscriptionsTestData.PostHandlerAsync(admin, $"/admin/sign-ups/{signUp.Id}", "Approve", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var school = (await app.SendAsync(app.Lancashire, new ListSchoolsQuery())).Single(s => s.Urn == urn);
        Assert.Equal(SchoolPhase.AllThrough, school.Phase);
        var invitation = (await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(email))).Single(e => e.Kind == "Invitation");
        Assert.Contains("Dana Lead", invitation.Body);
        var subscription = (await app.SendAsync(app.Lancashire, new ListSchoolSubscriptionsQuery(school.Id))).Single();
        Assert.Equal(SubscriptionStatus.PendingPayment, subscription.Status);
        Assert.Equal(99_000, subscription.PricePence);
        Assert.Equal("Secondary", subscription.PhaseBandName);
        Assert.Equal(new DateOnly(subscription.PeriodStart.Year, 9, 1), subscription.PeriodStart);
        Assert.Equal(new DateOnly(subscription.PeriodStart.Year + 1, 8, 31), subscription.PeriodEnd);
        var invoice = (await app.SendAsync(app.Lancashire, new ListInvoicesQuery(school.Id))).Single();
        Assert.Equal("PO-7781", invoice.PurchaseOrderNumber);
        Assert.Contains(await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(email)), e => e.Kind == "Invoice");

        var again = await admin.PostAsync($"/api/v1/sign-ups/{signUp.Id}/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_school_already_subscribed_or_already_waiting_is_told_so_and_not_duplicated()
    {
        var bronze = await SubscriptionsTestData.PackageAsync(app, app.Lancashire, "Bronze");
        var anonymous = app.Factory.ForTenant("lancashire");
        var urn = SubscriptionsTestData.NewUrn();
        var first = await anonymous.PostAsJsonAsync("/api/v1/sign-ups", SubscriptionsTestData.SignUp(bronze.Id, urn), Json.Options);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var waiting = await anonymous.PostAsJsonAsync("/api/v1/sign-ups", SubscriptionsTestData.SignUp(bronze.Id, urn), Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, waiting.StatusCode);
        Assert.Contains("already waiting for review", await waiting.Content.ReadAsStringAsync());

        var signUp = (await app.SendAsync(app.Lancashire, new ListSignUpsQuery())).Single(s => s.Urn == urn);
        await app.SendAsync(app.Lancashire, new ApproveSignUpCommand(signUp.Id));
        var subscribed = await FormPost.SubmitAsync(anonymous, "/sign-up", new Dictionary<string, string>
        {
            ["Input.SchoolName"] = "Same School",
            ["Input.Urn"] = urn,
            ["Input.Phase"] = "Primary",
            ["Input.SchoolType"] = "Academy",
            ["Input.AddressLine1"] = "1 Street",
            ["Input.Town"] = "Town",
            ["Input.Postcode"] = "PR1 1AA",
            ["Input.CoordinatorName"] = "Someone",
            ["Input.CoordinatorEmail"] = "someone@school.example",
            ["Input.PackageId"] = bronze.Id.ToString(),
            ["Input.PaymentMethod"] = "Invoice",
            ["Input.PurchaseOrderNumber"] = "PO-AGAIN",
        });
        Assert.Equal(HttpStatusCode.Conflict, subscribed.StatusCode);
        Assert.Contains($"The school with URN {urn} is already subscribed", await SubscriptionsTestData.BodyAsync(subscribed));
        Assert.Single(await app.SendAsync(app.Lancashire, new ListSignUpsQuery()), s => s.Urn == urn);
    }

    [Fact]
    public async Task A_rejected_sign_up_emails_the_reason_to_the_coordinator()
    {
        var gold = await SubscriptionsTestData.PackageAsync(app, app.Lancashire, "Gold");
        var command = SubscriptionsTestData.SignUp(gold.Id, SubscriptionsTestData.NewUrn());
        var signUp = await app.SendAsync(app.Lancashire, command);
        var admin = await app.SignInAsync("lancashire", "admin");

        var empty = await SubscriptionsTestData.PostHandlerAsync(admin, $"/admin/sign-ups/{signUp.Id}", "Reject", new Dictionary<string, string> { ["Reason"] = "" });
        Assert.Contains("Enter the reason", await SubscriptionsTestData.BodyAsync(empty));

        var rejected = await SubscriptionsTestData.PostHandlerAsync(admin, $"/admin/sign-ups/{signUp.Id}", "Reject",
            new Dictionary<string, string> { ["Reason"] = "This school is outside Lancashire." });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var reread = await app.SendAsync(app.Lancashire, new GetSignUpQuery(signUp.Id));
        Assert.Equal(SignUpStatus.Rejected, reread.Status);
        var email = (await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(command.CoordinatorEmail))).Single();
        Assert.Contains("This school is outside Lancashire.", email.Body);
        Assert.Null(reread.SubscriptionId);
    }

    [Fact]
    public async Task Another_authoritys_administrator_cannot_see_approve_or_reject_lancashires_sign_ups()
    {
        var bronze = await SubscriptionsTestData.PackageAsync(app, app.Lancashire, "Bronze");
        var signUp = await app.SendAsync(app.Lancashire, SubscriptionsTestData.SignUp(bronze.Id, SubscriptionsTestData.NewUrn()));
        var northdale = await app.SignInAsync("northdale", "admin");

        var listed = await northdale.GetFromJsonAsync<List<SignUpDto>>("/api/v1/sign-ups", Json.Options);
        Assert.DoesNotContain(listed!, s => s.Id == signUp.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/api/v1/sign-ups/{signUp.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.PostAsync($"/api/v1/sign-ups/{signUp.Id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.PostAsJsonAsync($"/api/v1/sign-ups/{signUp.Id}/reject", new { reason = "No" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await northdale.GetAsync($"/admin/sign-ups/{signUp.Id}")).StatusCode);
        Assert.DoesNotContain(signUp.SchoolName, await northdale.GetStringAsync("/admin/sign-ups"));
        Assert.Equal(SignUpStatus.AwaitingReview, (await app.SendAsync(app.Lancashire, new GetSignUpQuery(signUp.Id))).Status);
    }

    [Fact]
    public async Task School_users_cannot_review_sign_ups()
    {
        var coordinator = await app.SignInAsync("lancashire", "coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/v1/sign-ups")).StatusCode);
        await SubscriptionsTestData.AssertPageRefusedAsync(coordinator, "/admin/sign-ups");
    }
}
