using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Domain;
using EqualityMark.ActionPlanning.Features.Objectives;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Modules;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.ActionPlanning.Demo;

/// <summary>
/// Gives Pendle Brook Primary School (Lancashire, URN 900101) this year's plan: objectives on Religion and Belief and
/// on Disability, actions in every status with progress notes, impact, an evidence file and a comment from the team.
/// Idempotent: a school that has a plan is left alone.
/// </summary>
internal sealed class ActionPlanningDemoSeeder(TenantScopeFactory scopes, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 40;

    public async Task SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        TenantDto? lancashire;
        await using (var scope = scopes.CreateScope(null))
        {
            lancashire = (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListTenantsQuery(), cancellationToken)).FirstOrDefault(t => t.Code == "lancashire");
        }

        if (lancashire is null)
        {
            return;
        }

        await using var tenantScope = scopes.CreateScope(new TenantInfo(lancashire.Id, lancashire.Code, lancashire.Name, lancashire.ProgrammeName));
        var mediator = tenantScope.ServiceProvider.GetRequiredService<IMediator>();
        var db = tenantScope.ServiceProvider.GetRequiredService<ActionPlanningDbContext>();
        var school = (await mediator.Send(new ListSchoolsQuery(), cancellationToken)).FirstOrDefault(s => s.Urn == "900101");
        if (school is null || await db.Plans.AnyAsync(p => p.SchoolId == school.Id, cancellationToken))
        {
            return;
        }

        var people = (await mediator.Send(new ListPeopleQuery(school.Id), cancellationToken)).ToDictionary(p => p.FullName);
        if (!people.TryGetValue("Sam Taylor", out var sam) || !people.TryGetValue("Jo Williams", out var jo))
        {
            return;
        }

        var plan = new DemoPlanWriter(db, school, sam, clock);
        var religion = plan.Objective(
            "Pupils learn about and respect the faiths and beliefs of our community",
            [("curriculum", "religion-belief"), ("community", "religion-belief")], "SIP 3.2",
            "Personal development: pupils understand and respect the beliefs of others",
            "In the pupil survey at least three in four Key Stage 2 pupils can describe a faith or belief other than their own");
        plan.Action(religion, "Audit RE and PSHE resources for the faiths represented in school", sam, -80, -40, ActionStatus.Done, ProgressRating.Green,
            ("Resources listed against the faiths of our families; gaps found for Sikhism and Humanism.", "Status: Not started → In progress"),
            ("New books bought and shared with class teachers.", "Status: In progress → Done; Progress: Not rated → Green: on track"));
        plan.Action(religion, "Invite leaders of local faith communities to lead an assembly each half term", jo, -60, 120, ActionStatus.InProgress, ProgressRating.Amber,
            ("Two visits so far (the local gurdwara and the parish church). The mosque has been invited for after Easter.", "Status: Not started → In progress; Progress: Not rated → Amber: some concerns"));
        plan.Action(religion, "Create a quiet reflection space open to pupils of every faith and none", sam, 30, 150, ActionStatus.NotStarted, null);
        plan.Impact(religion, "More pupils can describe a faith or belief other than their own, and incidents of faith-based name-calling fell.",
            "religion-belief", "Key Stage 2 pupils", "Pupils who can describe another faith (pupil survey)", "42%", "78%");

        var disability = plan.Objective(
            "Pupils with SEND take part fully in after-school clubs",
            [("environment", "disability"), ("pupil-voice", "disability")], "SIP 1.4",
            "Inclusion: improve outcomes and participation of pupils with SEND",
            "Pupils with SEND attend after-school clubs at the same rate as their peers");
        plan.Action(disability, "Review the accessibility of every club with the SENCo", jo, -90, -30, ActionStatus.Dropped, null,
            ("Replaced by the whole-school accessibility plan review, which covers clubs.", "Status: Not started → Dropped"));
        plan.Action(disability, "Fund a teaching assistant for two clubs a week", sam, -45, -7, ActionStatus.InProgress, ProgressRating.Red,
            ("Funding agreed by governors; recruitment has not found anyone yet.", "Status: Not started → In progress; Progress: Not rated → Red: off track"), costPence: 120000);
        plan.Comment("Priya Shah", "A strong start on Religion and Belief. For the Disability objective, record the club attendance of pupils with SEND each term so the impact can be shown at accreditation.");
        await db.SaveChangesAsync(cancellationToken);

        await mediator.Send(new StoreEvidenceFileCommand(school.Id, ObjectiveReader.EvidenceOwnerType, religion.Id, "Pupil survey results - faith and belief.pdf", DemoPdf.Bytes("Pupil survey: faith and belief")), cancellationToken);
    }
}
