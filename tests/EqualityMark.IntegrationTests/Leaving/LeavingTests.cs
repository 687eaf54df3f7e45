using System.Net;
using System.Net.Http.Json;
using EqualityMark.IntegrationTests.Accreditation;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.TestSupport;
using Npgsql;

namespace EqualityMark.IntegrationTests.Leaving;

/// <summary>Deleting a school that leaves: every module's rows go in one transaction, invoices stay, awards are revoked, one winner.</summary>
[Collection(AppTestGroup.Name)]
public sealed class LeavingTests(AppFixture app)
{
    private static Task<HttpResponseMessage> DeleteAsync(HttpClient client, Guid schoolId, string name) =>
        client.PostAsJsonAsync($"/api/v1/schools/{schoolId}/delete", new { confirmSchoolName = name });

    [Fact]
    public async Task Deleting_a_school_removes_its_rows_from_every_module_and_its_people_can_no_longer_sign_in()
    {
        var school = await app.CreateLeavingSchoolAsync(app.Lancashire);
        var other = await app.CreateLeavingSchoolAsync(app.Lancashire);
        var award = await app.AddBadgeAsync(app.Lancashire, school.Plan.School.School);
        var admin = await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example");
        Assert.True((await SchoolRows.CountAsync(app.Lancashire, school.Id)).Values.Count(n => n > 0) >= 6);

        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(admin, school.Id, school.Name.ToUpperInvariant())).StatusCode);

        var left = (await SchoolRows.CountAsync(app.Lancashire, school.Id)).Where(t => t.Value > 0).Select(t => t.Key).ToList();
        Assert.Equal(["accreditation.awards"], left);
        Assert.Null(await SchoolRows.ScalarAsync(app.Lancashire, "SELECT 1 FROM evidence.file_contents WHERE file_id = $1", school.EvidenceId));
        Assert.NotEqual(HttpStatusCode.Redirect, (await FormPost.SignInAsync(app.Factory.ForTenant("lancashire"), school.Plan.School.CoordinatorEmail)).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await FormPost.SignInAsync(app.Factory.ForTenant("lancashire"), school.Plan.School.MemberEmail)).StatusCode);
        var verify = await app.Factory.ForTenant("lancashire").GetStringAsync($"/verify/{award.VerificationCode}");
        Assert.Contains("The school no longer holds it", verify, StringComparison.Ordinal);
        Assert.True((await SchoolRows.CountAsync(app.Lancashire, other.Id)).Values.Count(n => n > 0) >= 6);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/schools/{school.Id}")).StatusCode);
    }

    [Fact]
    public async Task Invoices_are_kept_and_a_subscription_in_force_must_be_cancelled_first()
    {
        var subscription = await SubscriptionsTestData.SubscribeNewSchoolAsync(app, app.Lancashire, "Silver");
        var school = await app.SendAsync(app.Lancashire, new GetSchoolQuery(subscription.SchoolId));
        var admin = await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example");

        var refused = await DeleteAsync(admin, school.Id, school.Name);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Cancel the subscription first", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await app.SendAsync(app.Lancashire, new CancelSubscriptionCommand(subscription.Id, "The school is leaving the programme."));
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync(admin, school.Id, school.Name)).StatusCode);

        var invoices = await app.SendAsync(app.Lancashire, new ListInvoicesQuery(school.Id));
        Assert.NotEmpty(invoices);
        Assert.All(invoices, i => Assert.Equal(school.Name, i.SchoolName));
        Assert.Equal("", await SchoolRows.ScalarAsync(app.Lancashire, "SELECT contact_email FROM subscriptions.subscriptions WHERE id = $1", subscription.Id));
    }

    [Fact]
    public async Task The_name_must_be_typed_and_another_authoritys_school_is_not_found()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var admin = await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example");
        var northdale = await app.SignInAsAsync(app.Northdale, "admin@northdale.example");

        var wrong = await DeleteAsync(admin, school.School.Id, "Another school");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("confirmSchoolName", await wrong.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await DeleteAsync(northdale, school.School.Id, school.School.Name)).StatusCode);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await DeleteAsync(coordinator, school.School.Id, school.School.Name)).StatusCode);
        Assert.Equal(1, (await SchoolRows.CountAsync(app.Lancashire, school.School.Id))["organisations.schools"]);
    }

    [Fact]
    public async Task Two_administrators_deleting_at_once_make_one_deletion()
    {
        var school = await app.CreateLeavingSchoolAsync(app.Lancashire);
        var first = await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example");
        var second = await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example");

        var responses = await Task.WhenAll(DeleteAsync(first, school.Id, school.Name), DeleteAsync(second, school.Id, school.Name));

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.NotFound], responses.Select(r => r.StatusCode).Order());
        Assert.All(await SchoolRows.CountAsync(app.Lancashire, school.Id), t => Assert.Equal(0, t.Value));
    }

    [Fact]
    public async Task A_row_written_while_the_school_is_being_deleted_goes_with_it()
    {
        var school = await app.CreateLeavingSchoolAsync(app.Lancashire);
        var admin = await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example");
        await using var writer = await SchoolRows.OpenAsync(app.Lancashire);
        await using var transaction = await writer.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO audit.reference_group_members (id, tenant_id, school_id, full_name, category, added_at) VALUES ($1, $2, $3, 'Late Arrival', 'Parent', now())",
            writer, transaction) { Parameters = { new() { Value = Guid.NewGuid() }, new() { Value = app.Lancashire.Id }, new() { Value = school.Id } } })
        {
            await insert.ExecuteNonQueryAsync();
        }

        var deletion = DeleteAsync(admin, school.Id, school.Name);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(deletion.IsCompleted, "The deletion did not wait for the write under way.");
        await transaction.CommitAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await deletion).StatusCode);
        Assert.All(await SchoolRows.CountAsync(app.Lancashire, school.Id), t => Assert.Equal(0, t.Value));
    }

    [Fact]
    public async Task The_confirmation_page_says_what_goes_and_what_stays_and_ends_on_the_schools_list()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var admin = await app.SignInAsAsync(app.Lancashire, "admin@lancashire.example");
        var page = $"/schools/{school.School.Id}/delete";

        var html = await admin.GetStringAsync(page);
        Assert.Contains("What will be kept", html, StringComparison.Ordinal);
        Assert.Contains($"/schools/{school.School.Id}/export", html, StringComparison.Ordinal);

        var wrong = await FormPost.SubmitAsync(admin, page, new Dictionary<string, string> { ["ConfirmSchoolName"] = "" });
        Assert.Contains("govuk-error-summary", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var done = await FormPost.SubmitAsync(admin, page, new Dictionary<string, string> { ["ConfirmSchoolName"] = school.School.Name });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var list = await admin.GetStringAsync(done.Headers.Location!.OriginalString);
        Assert.Contains($"{school.School.Name} has been deleted", list, StringComparison.Ordinal);
    }
}
