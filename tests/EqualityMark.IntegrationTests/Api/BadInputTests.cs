using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EqualityMark.IntegrationTests.Audit;
using EqualityMark.IntegrationTests.Subscriptions;

namespace EqualityMark.IntegrationTests.Api;

/// <summary>
/// The cases an attacker's probe turned into 500s: text PostgreSQL cannot store, values far too long, missing list
/// entries, a malformed framework import and an impossible Stripe-Signature timestamp. Each is a 400 naming the field.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class BadInputTests(AppFixture app)
{
    private const string Nul = "Hidden\u0000character";

    [Fact]
    public async Task A_null_character_in_a_sign_up_is_refused_naming_the_field()
    {
        var response = await app.Factory.ForTenant("lancashire").PostAsJsonAsync("/api/v1/sign-ups", new
        {
            schoolName = Nul, urn = "654321", phase = "Primary", addressLine1 = "1 Road", town = "Town", postcode = "PR1 1AA",
            coordinatorName = "Casey", coordinatorEmail = "casey@example.org", packageId = Guid.NewGuid(), paymentMethod = "Invoice", purchaseOrderNumber = "PO-1",
        });

        await AssertRefusedAsync(response, "SchoolName", "hidden control characters");
    }

    [Fact]
    public async Task A_null_character_in_a_reference_group_member_is_refused()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var response = await coordinator.PostAsJsonAsync($"/api/v1/schools/{school.School.Id}/reference-group/members", new { fullName = Nul, category = "Pupil" });
        await AssertRefusedAsync(response, "FullName", "hidden control characters");
    }

    [Fact]
    public async Task A_null_character_in_a_judgement_is_refused()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var auditId = (await coordinator.StartAuditAsync(school.School.Id)).GetProperty("id").GetGuid();
        var judgement = (await coordinator.JudgementsAsync(auditId)).First(j => j.CanEdit);
        var response = await coordinator.PutAsJsonAsync($"/api/v1/audits/{auditId}/judgements/{judgement.Item}/{judgement.Strand}",
            new { rating = "Green", commentary = Nul, evidenceNotes = "Seen", expectedVersion = judgement.Version });
        await AssertRefusedAsync(response, "Commentary", "hidden control characters");
    }

    [Fact]
    public async Task Null_characters_in_meetings_and_messages_are_refused()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meeting = await admin.PostAsJsonAsync("/api/v1/meetings", new
        {
            term = "Spring", title = Nul, agenda = "Agenda", startsAt = "2027-02-01T10:00:00Z", endsAt = "2027-02-01T12:00:00Z", venue = "Hall", capacity = 20,
        });
        await AssertRefusedAsync(meeting, "Title", "hidden control characters");

        var message = await admin.PostAsJsonAsync($"/api/v1/meetings/{Guid.NewGuid()}/message", new { subject = "Reminder", body = "Line one\r\nLine\u0001two" });
        await AssertRefusedAsync(message, "Body", "hidden control characters");
    }

    [Fact]
    public async Task A_broken_character_in_a_visit_response_is_refused()
    {
        var school = await app.CreateAsync(app.Lancashire);
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var response = await coordinator.PostAsync($"/api/v1/visits/{Guid.NewGuid()}/response",
            new StringContent("{\"agree\":true,\"comment\":\"Half a pair \\ud800 here\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        var nul = await coordinator.PostAsJsonAsync($"/api/v1/visits/{Guid.NewGuid()}/response", new { agree = true, comment = Nul });
        await AssertRefusedAsync(nul, "Comment", "hidden control characters");
    }

    [Fact]
    public async Task Package_fields_that_are_too_long_hold_null_characters_or_miss_list_entries_are_refused()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        await AssertRefusedAsync(await admin.PostAsJsonAsync("/api/v1/catalogue/packages", new { name = Nul, description = "d", displayOrder = 1, entitlements = Array.Empty<object>() }),
            "Name", "hidden control characters");
        await AssertRefusedAsync(await admin.PostAsJsonAsync("/api/v1/catalogue/packages", new { name = "Big", description = new string('d', 20_000), displayOrder = 1, entitlements = Array.Empty<object>() }),
            "Description", "characters or fewer");
        await AssertRefusedAsync(await admin.PostAsJsonAsync("/api/v1/catalogue/packages", new { name = "Gappy", description = "d", displayOrder = 1, entitlements = new object?[] { null } }),
            "Entitlements", "must not have empty entries");
    }

    [Fact]
    public async Task A_control_character_typed_into_a_page_form_shows_the_error_summary_on_that_field()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var response = await EqualityMark.TestSupport.FormPost.SubmitAsync(admin, "/schools/add", new Dictionary<string, string>
        {
            ["Input.Name"] = "Bell\u0007Academy", ["Input.Urn"] = "765432", ["Input.Phase"] = "Primary",
            ["Input.AddressLine1"] = "1 Road", ["Input.Town"] = "Town", ["Input.Postcode"] = "PR1 1AA",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Name\"", html, StringComparison.Ordinal);
        Assert.Contains("Name must not contain hidden control characters", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_null_where_a_value_is_required_is_a_bad_request()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var response = await admin.PostAsync("/api/v1/catalogue/packages",
            new StringContent("{\"name\":null,\"description\":\"d\",\"displayOrder\":1,\"entitlements\":[]}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_framework_import_with_a_null_element_name_is_refused_and_nothing_is_stored()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var versions = await admin.GetJsonAsync("/api/v1/audit/framework/versions");
        var published = versions.EnumerateArray().First(v => v.GetProperty("status").GetString() == "Published").GetProperty("id").GetGuid();
        var framework = JsonNode.Parse(await admin.GetStringAsync($"/api/v1/audit/framework/versions/{published}/export.json"))!;
        var draftId = (await (await admin.PostAsync("/api/v1/audit/framework/drafts", null)).Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<Guid>();
        try
        {
            var before = await admin.GetStringAsync($"/api/v1/audit/framework/versions/{draftId}/export.json");
            framework["elements"]![0]!["name"] = null;
            await AssertRefusedAsync(await ImportAsync(admin, draftId, framework.ToJsonString()), "Text", "could not be read");

            framework["elements"]![0]!["name"] = "Leadership";
            framework["items"]!.AsArray().Add(null);
            await AssertRefusedAsync(await ImportAsync(admin, draftId, framework.ToJsonString()), "Items", "must not have empty entries");

            framework["items"]!.AsArray().RemoveAt(framework["items"]!.AsArray().Count - 1);
            framework["strands"]![0]!["name"] = Nul;
            await AssertRefusedAsync(await ImportAsync(admin, draftId, framework.ToJsonString()), "Strands[0].Name", "hidden control characters");

            Assert.Equal(before, await admin.GetStringAsync($"/api/v1/audit/framework/versions/{draftId}/export.json"));
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/audit/framework/{draftId}")).StatusCode);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/audit/framework/versions/{draftId}/publish", null)).StatusCode);
        }
    }

    [Theory]
    [InlineData("99999999999999999999999")]
    [InlineData("-1")]
    [InlineData("99999999999")]
    [InlineData("12ab")]
    public async Task A_stripe_signature_with_an_impossible_timestamp_is_refused(string timestamp)
    {
        await SubscriptionsTestData.TurnCardOnAsync(app, app.Lancashire);
        var payload = StripeWebhooks.CheckoutEvent("checkout.session.completed", "cs_" + Guid.NewGuid().ToString("N"));
        var signed = StripeWebhooks.Sign(payload, StripeWebhooks.WebhookSecret, DateTimeOffset.UtcNow);
        var signature = "t=" + timestamp + signed[signed.IndexOf(',', StringComparison.Ordinal)..];

        var response = await StripeWebhooks.PostAsync(app.Factory.ForTenant("lancashire"), payload, signature);
        await AssertRefusedAsync(response, "Stripe-Signature", "signature");
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient admin, Guid draftId, string json) =>
        admin.PostAsync($"/api/v1/audit/framework/versions/{draftId}/import?format=json", new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string? field, string? message)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            var problem = System.Text.Json.JsonSerializer.Deserialize<ValidationProblem>(body, Json.Options)!;
            Assert.True(problem.Errors.TryGetValue(field, out var messages), $"no error for {field}: {body}");
            Assert.Contains(messages, m => m.Contains(message!, StringComparison.Ordinal));
        }
    }
}
