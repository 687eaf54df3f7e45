using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.Shared.Time;
using EqualityMark.TestSupport;

namespace EqualityMark.IntegrationTests.ActionPlanning;

/// <summary>Steps 4 and 5 as a school runs them: plan from red cells, delegate, record progress and impact.</summary>
[Collection(AppTestGroup.Name)]
public sealed class PlanJourneyTests(AppFixture app)
{
    private static readonly DateOnly Today = UkTime.Today(TimeProvider.System);

    [Fact]
    public async Task The_plan_offers_red_cells_and_an_objective_addresses_them()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var plan = await s.Coordinator.GetFromJsonAsync<JsonElement>("/api/v1/action-plan");
        var candidate = plan.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("elementKey").GetString() == "leadership" && c.GetProperty("strandKey").GetString() == "race");
        Assert.Equal("Red", candidate.GetProperty("rating").GetString());
        Assert.False(candidate.GetProperty("addressed").GetBoolean());

        var objectiveId = await s.CreateObjectiveAsync();

        plan = await s.Coordinator.GetFromJsonAsync<JsonElement>("/api/v1/action-plan");
        Assert.True(plan.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("strandKey").GetString() == "race" && c.GetProperty("elementKey").GetString() == "leadership").GetProperty("addressed").GetBoolean());
        var objective = plan.GetProperty("objectives").EnumerateArray().Single();
        Assert.Equal(objectiveId, objective.GetProperty("id").GetGuid());
        Assert.Equal("Leadership, management and governance – Race", objective.GetProperty("cells")[0].GetProperty("label").GetString());
        Assert.Equal(AcademicYear.For(Today), objective.GetProperty("academicYear").GetInt32());

        var byStrand = await s.Coordinator.GetStringAsync("/action-plan?view=strand");
        var byElement = await s.Coordinator.GetStringAsync("/action-plan?view=element");
        Assert.Contains("<h2 class=\"govuk-heading-m\">Race</h2>", byStrand, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"govuk-heading-m\">Leadership, management and governance</h2>", byElement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_objectives_and_actions_get_field_errors_and_write_nothing()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var missing = await (await s.Coordinator.PostAsJsonAsync("/api/v1/action-plan/objectives", new { schoolId = s.Id, title = "", cells = Array.Empty<object>(), successCriteria = "" })).FieldErrorsAsync();
        Assert.Equal(["Cells", "ReviewOn", "SuccessCriteria", "Title"], missing.Keys.Order());

        var unknown = await (await s.PostObjectiveAsync(cells: new[] { new { elementKey = "leadership", strandKey = "astrology" } })).FieldErrorsAsync();
        Assert.Contains("summary grid", unknown["Cells"][0], StringComparison.Ordinal);
        var tooLong = await (await s.PostObjectiveAsync(title: new string('x', 201))).FieldErrorsAsync();
        Assert.Contains("200 characters", tooLong["Title"][0], StringComparison.Ordinal);
        Assert.Empty((await s.Coordinator.GetFromJsonAsync<JsonElement>("/api/v1/action-plan")).GetProperty("objectives").EnumerateArray());

        var objectiveId = await s.CreateObjectiveAsync();
        var backwards = await (await s.Coordinator.PostActionAsync(objectiveId, s.School.MemberId, "2027-03-01", "2027-02-01")).FieldErrorsAsync();
        Assert.Equal("Due date must be the same as or after the start date", backwards["DueOn"][0]);
        var stranger = await (await s.Coordinator.PostActionAsync(objectiveId, Guid.NewGuid(), "2027-03-01", "2027-04-01")).FieldErrorsAsync();
        Assert.Contains("person of your school", stranger["OwnerUserId"][0], StringComparison.Ordinal);
        var noText = await (await s.Coordinator.PostAsJsonAsync($"/api/v1/action-plan/objectives/{objectiveId}/actions", new { })).FieldErrorsAsync();
        Assert.Equal(["Description", "DueOn", "OwnerUserId", "StartOn"], noText.Keys.Order());
        Assert.Equal(0, (await s.Coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/action-plan/objectives/{objectiveId}")).GetProperty("objective").GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public async Task A_member_given_an_action_sees_only_it_records_progress_and_cannot_change_the_plan()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        var mine = await s.CreateActionAsync(objectiveId, s.School.MemberId, Today, Today.AddDays(30));
        var theirs = await s.CreateActionAsync(objectiveId, s.School.CoordinatorId, Today, Today.AddDays(30), "Review the behaviour policy");
        var emails = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery(s.School.MemberEmail));
        Assert.Single(emails, e => e.Subject == "An equality action has been given to you" && e.Body.Contains("Anti-racism training", StringComparison.Ordinal));

        var member = await app.SignInAsAsync(app.Lancashire, s.School.MemberEmail);
        var plan = await member.GetFromJsonAsync<JsonElement>("/api/v1/action-plan");
        var visible = plan.GetProperty("myActions").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([mine.GetProperty("id").GetGuid()], visible);
        Assert.Empty(plan.GetProperty("candidates").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/v1/action-plan/actions/{theirs.GetProperty("id").GetGuid()}")).StatusCode);

        var recorded = await member.PostProgressAsync(mine.GetProperty("id").GetGuid(), mine.GetProperty("version").GetUInt32(), "InProgress", "Amber", "Booked the trainer for the next INSET day");
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var action = await recorded.Content.ReadFromJsonAsync<JsonElement>();
        var note = action.GetProperty("notes")[0];
        Assert.Equal("Morgan Member", note.GetProperty("writtenBy").GetString());
        Assert.Equal("Status: Not started → In progress; Progress: Not rated → Amber: some concerns", note.GetProperty("changes").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostActionAsync(objectiveId, s.School.MemberId, "2027-01-01", "2027-02-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.DeleteAsync($"/api/v1/action-plan/actions/{theirs.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.DeleteAsync($"/api/v1/action-plan/actions/{mine.GetProperty("id").GetGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Two_people_saving_the_same_action_the_second_gets_409_with_the_current_version()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        var action = await s.CreateActionAsync(objectiveId, s.School.MemberId, Today, Today.AddDays(10));
        var (id, version) = (action.GetProperty("id").GetGuid(), action.GetProperty("version").GetUInt32());
        var member = await app.SignInAsAsync(app.Lancashire, s.School.MemberEmail);

        var first = await member.PostProgressAsync(id, version, "InProgress", "Green", "Started");
        var second = await s.Coordinator.PostProgressAsync(id, version, "Dropped", null, "Not needed", "Covered elsewhere");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("InProgress", problem.GetProperty("current").GetProperty("status").GetString());
        Assert.Contains("Morgan Member", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var now = await s.Coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/action-plan/actions/{id}");
        Assert.Equal("InProgress", now.GetProperty("status").GetString());
        Assert.Equal(1, now.GetProperty("notes").GetArrayLength());
    }

    [Fact]
    public async Task Dropping_needs_a_reason_done_records_the_day_and_impact_names_a_strand_of_the_objective()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        var action = await s.CreateActionAsync(objectiveId, s.School.CoordinatorId, Today.AddDays(-20), Today.AddDays(-1));
        var (id, version) = (action.GetProperty("id").GetGuid(), action.GetProperty("version").GetUInt32());
        Assert.True(action.GetProperty("isOverdue").GetBoolean());

        var noReason = await (await s.Coordinator.PostProgressAsync(id, version, "Dropped", null, "Stopping")).FieldErrorsAsync();
        Assert.Equal("Say why the action is being dropped", noReason["DroppedReason"][0]);
        var done = await (await s.Coordinator.PostProgressAsync(id, version, "Done", "Green", "Training delivered to all 34 staff")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), done.GetProperty("completedOn").GetString());
        Assert.False(done.GetProperty("isOverdue").GetBoolean());

        var wrongStrand = await (await s.Coordinator.PostAsJsonAsync($"/api/v1/action-plan/objectives/{objectiveId}/impact",
            new { whatChanged = "Fewer incidents", strandKey = "religion-belief", group = "Pupils of minority faiths" })).FieldErrorsAsync();
        Assert.Contains("strands this objective addresses", wrongStrand["StrandKey"][0], StringComparison.Ordinal);
        var impact = await s.Coordinator.PostAsJsonAsync($"/api/v1/action-plan/objectives/{objectiveId}/impact",
            new { whatChanged = "Racist incidents reported fell", strandKey = "race", group = "Pupils from minority ethnic groups", measure = "Incidents per term", before = "9", after = "3" });
        Assert.Equal(HttpStatusCode.OK, impact.StatusCode);

        var csv = await s.Coordinator.GetStringAsync("/api/v1/action-plan/plan.csv");
        Assert.StartsWith("School year,Objective,Grid cells", csv, StringComparison.Ordinal);
        Assert.Contains("Anti-racism training for all staff", csv, StringComparison.Ordinal);
        Assert.Contains(",Done,Green: on track,No", csv, StringComparison.Ordinal);
        var print = await s.Coordinator.GetStringAsync("/action-plan/print");
        Assert.Contains("For the governing body", print, StringComparison.Ordinal);
        Assert.Contains("Staff understand how racism shows up in school", print, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_an_objective_on_a_stale_version_is_refused_and_the_page_keeps_what_was_typed()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        var page = $"/action-plan/objectives/{objectiveId}/edit";
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = "Typed by me", ["Input.Cells"] = "leadership:race", ["Input.SuccessCriteria"] = "Mine",
            ["Input.ReviewOn.Day"] = "1", ["Input.ReviewOn.Month"] = "7", ["Input.ReviewOn.Year"] = "2027", ["Input.Version"] = "1",
        };

        var response = await FormPost.SubmitAsync(s.Coordinator, page, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("changed this objective after you opened it", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Typed by me\"", html, StringComparison.Ordinal);
        var stored = await s.Coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/action-plan/objectives/{objectiveId}");
        Assert.Equal("Staff understand how racism shows up in school", stored.GetProperty("objective").GetProperty("title").GetString());

        form["Input.ReviewOn.Day"] = "31";
        form["Input.ReviewOn.Month"] = "2";
        var unreal = await (await FormPost.SubmitAsync(s.Coordinator, page, form)).Content.ReadAsStringAsync();
        Assert.Contains("Review date must be a real date", unreal, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_ReviewOn\"", unreal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_an_objective_swaps_its_cells_and_a_stale_api_save_gets_409()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        var version = (await s.Coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/action-plan/objectives/{objectiveId}")).GetProperty("version").GetUInt32();
        var body = new
        {
            version,
            title = "Leaders and staff tackle racism and sexism",
            cells = new[] { new { elementKey = "leadership", strandKey = "sex" }, new { elementKey = "staff", strandKey = "race" } },
            successCriteria = "Fewer incidents",
            reviewOn = "2027-06-30",
            isPublishedObjective = false,
        };

        var changed = await s.Coordinator.PutAsJsonAsync($"/api/v1/action-plan/objectives/{objectiveId}", body);
        var stale = await s.Coordinator.PutAsJsonAsync($"/api/v1/action-plan/objectives/{objectiveId}", body with { title = "Mine" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var cells = (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("objective").GetProperty("cells").EnumerateArray()
            .Select(c => c.GetProperty("elementKey").GetString() + ":" + c.GetProperty("strandKey").GetString()).Order().ToList();
        Assert.Equal(["leadership:sex", "staff:race"], cells);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var current = (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("current");
        Assert.Equal("Leaders and staff tackle racism and sexism", current.GetProperty("objective").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Two_carry_forwards_at_once_move_the_actions_once()
    {
        var s = await app.CreatePlanSchoolAsync(app.Lancashire);
        var objectiveId = await s.CreateObjectiveAsync();
        await s.CreateActionAsync(objectiveId, s.School.MemberId, Today, Today.AddDays(40), "Still open");
        var year = AcademicYear.For(Today);

        var outcomes = await Task.WhenAll(CarryAsync(), CarryAsync());

        Assert.Equal(["carried 1", "conflict"], outcomes.Order());
        var next = await s.Coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/action-plan?year={year + 1}");
        var objective = Assert.Single(next.GetProperty("objectives").EnumerateArray());
        Assert.Equal("Still open", Assert.Single(objective.GetProperty("actions").EnumerateArray()).GetProperty("description").GetString());

        async Task<string> CarryAsync()
        {
            try
            {
                return $"carried {await app.SendAsync(app.Lancashire, new EqualityMark.ActionPlanning.Features.Plans.CarryForwardCommand(s.Id, year))}";
            }
            catch (EqualityMark.Shared.Errors.ConflictException)
            {
                return "conflict";
            }
        }
    }
}
