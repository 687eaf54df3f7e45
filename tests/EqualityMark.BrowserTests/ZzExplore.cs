using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EqualityMark.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class ZzExplore(BrowserFixture fixture)
{
    private string L => fixture.TenantUrl("lancashire", string.Empty);

    private static async Task Dump(IPage page, string label)
    {
        var text = await page.Locator("main").InnerTextAsync();
        File.AppendAllText("/tmp/explore.txt", $"===== {label} {page.Url}\n{text}\n");
    }

    [Fact]
    public async Task Explore()
    {
        File.WriteAllText("/tmp/explore.txt", "");
        var school = await fixture.CreateSchoolAsync("lancashire");
        await using var cc = await fixture.NewContextAsync();
        var c = await cc.NewPageAsync();
        await Journeys.SignInAsync(c, L, school.CoordinatorEmail, TestSchool.CoordinatorName);
        await c.GotoAsync(L + "/audit/reference-group");
        await c.MainButton("Add member").ClickAsync();
        await Dump(c, "empty add member");
        var id = await AuditSteps.StartAuditAsync(c, L);
        await Dump(c, "workspace default");
        await AuditSteps.GivePartAsync(c, L, id, TestSchool.MemberName, "element:leadership");
        await c.Locator("#Input_UserId").SelectOptionAsync(new SelectOptionValue { Label = TestSchool.MemberName });
        await c.Locator("#Input_Part").SelectOptionAsync("element:leadership");
        await c.MainButton("Give this part").ClickAsync();
        await Dump(c, "delegate twice");
        await c.MainButton("Give this part").ClickAsync();
        await c.Locator("#Input_Part").SelectOptionAsync("");
        await c.Locator("#Input_UserId").SelectOptionAsync("");
        await c.MainButton("Give this part").ClickAsync();
        await Dump(c, "delegate empty");
        File.AppendAllText("/tmp/explore.txt", (await c.Locator(".govuk-error-summary").InnerHTMLAsync().ContinueWith(t => t.IsFaulted ? "none" : t.Result)) + "\n");

        await using var mc = await fixture.NewContextAsync();
        var m = await mc.NewPageAsync();
        await Journeys.SignInAsync(m, L, school.MemberEmail, TestSchool.MemberName);
        await m.GotoAsync($"{L}/audit");
        await Dump(m, "member audit home");
        await m.GotoAsync($"{L}/audit/{id}?element=data");
        await Dump(m, "member data");
        await m.GotoAsync($"{L}/audit/{id}?element=nonsense");
        await Dump(m, "member nonsense");
        await m.GotoAsync($"{L}/audit/{id}/grid");
        await Dump(m, "member grid");
        await m.GotoAsync($"{L}/audit/{id}/delegations");
        await Dump(m, "member delegations");
        await m.GotoAsync($"{L}/audit/reference-group");
        await Dump(m, "member refgroup");

        // validation on judgement: choose nothing (uncheck via JS)
        await c.GotoAsync($"{L}/audit/{id}?element=leadership");
        var j = c.FirstJudgement("race");
        await j.Locator("textarea[name='Input.Commentary']").FillAsync(new string('x', 4001));
        await AuditSteps.SaveAsync(j);
        await Dump(c, "too long commentary");
        File.AppendAllText("/tmp/explore.txt", "textarea len: " + (await c.FirstJudgement("race").Locator("textarea[name='Input.Commentary']").InputValueAsync()).Length + "\n");

        await c.GotoAsync($"{L}/audit/{id}/grid");
        await c.MainButton("Save override").ClickAsync();
        await Dump(c, "grid empty override");
        await c.Locator("#Input_Cell").SelectOptionAsync("leadership|race");
        await c.MainButton("Save override").ClickAsync();
        await Dump(c, "grid remove override not set");

        await c.GotoAsync($"{L}/audit/{id}");
        await c.MainButton("Send the audit to the team").ClickAsync();
        await Dump(c, "after submit home");
        await c.GotoAsync($"{L}/audit/{id}?element=leadership");
        await Dump(c, "after submit workspace");
        File.AppendAllText("/tmp/explore.txt", "save buttons after submit: " + await c.Locator("main form button").CountAsync() + "\n");
        await c.GotoAsync($"{L}/audit/{id}/grid");
        File.AppendAllText("/tmp/explore.txt", "override form after submit: " + await c.Locator("#Input_Cell").CountAsync() + "\n");
        await c.GotoAsync($"{L}/audit/{id}/delegations");
        await Dump(c, "delegations after submit");

        await using var ac = await fixture.NewContextAsync();
        var a = await ac.NewPageAsync();
        await Journeys.SignInAsync(a, L, "admin@lancashire.example", "Alex Morgan");
        await a.GotoAsync($"{L}/audit/schools");
        var row = a.Locator("main table tbody tr").Filter(new LocatorFilterOptions { HasText = school.Name });
        await row.Locator("summary").ClickAsync();
        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Return the audit" }).ClickAsync();
        await Dump(a, "return without reason");
        await a.GotoAsync($"{L}/audit/heat-map");
        await Dump(a, "heatmap");
        await a.GotoAsync($"{L}/audit");
        File.AppendAllText("/tmp/explore.txt", "admin /audit -> " + a.Url + "\n");
        await a.GotoAsync($"{L}/audit/{id}?element=leadership");
        await Dump(a, "admin workspace");
        await a.GotoAsync($"{L}/audit/{id}/grid");
        await Dump(a, "admin grid");
        await a.GotoAsync($"{L}/audit/reference-group?school={school.Id}");
        await Dump(a, "admin refgroup");
        var r = await c.GotoAsync($"{L}/audit/heat-map");
        File.AppendAllText("/tmp/explore.txt", "coordinator heat-map -> " + r?.Status + " " + c.Url + "\n");
    }
}
