using EqualityMark.ActionPlanning.Data;
using EqualityMark.ActionPlanning.Features.Statement;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Modules;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.ActionPlanning.Demo;

/// <summary>
/// Publishes Pendle Brook Primary School's equality statement (Lancashire, URN 900101) from the objectives the
/// plan's demo data created; with no objectives yet there is nothing to publish and it does nothing. Idempotent.
/// </summary>
internal sealed class StatementDemoSeeder(TenantScopeFactory scopes, TimeProvider clock) : IDemoDataSeeder
{
    private const string Urn = "900101";

    public int Order => 45;

    public async Task SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        TenantDto? lancashire;
        await using (var scope = scopes.CreateScope(null))
        {
            lancashire = (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListTenantsQuery(), cancellationToken))
                .FirstOrDefault(t => t.Code == "lancashire");
        }

        if (lancashire is null)
        {
            return;
        }

        await using var tenantScope = scopes.CreateScope(new TenantInfo(lancashire.Id, lancashire.Code, lancashire.Name, lancashire.ProgrammeName));
        var mediator = tenantScope.ServiceProvider.GetRequiredService<IMediator>();
        var db = tenantScope.ServiceProvider.GetRequiredService<ActionPlanningDbContext>();
        var school = (await mediator.Send(new ListSchoolsQuery(), cancellationToken)).FirstOrDefault(s => s.Urn == Urn);
        if (school is null || await db.PublishedStatements.AnyAsync(p => p.SchoolId == school.Id, cancellationToken))
        {
            return;
        }

        var objectives = await db.Objectives.Where(o => o.SchoolId == school.Id).OrderBy(o => o.AcademicYear).ThenBy(o => o.Title)
            .Select(o => o.Id).Take(3).ToListAsync(cancellationToken);
        if (objectives.Count == 0)
        {
            return;
        }

        var draft = await mediator.Send(new GetStatementDraftQuery(school.Id), cancellationToken);
        var approvedOn = UkTime.Today(clock).AddDays(-14);
        await mediator.Send(new SaveStatementDraftCommand(
            school.Id,
            InformationNarrative,
            "Our equality objectives come from our whole-school equality audit and are part of our School Improvement Plan. " +
            "Each has actions, owners and dates, and governors review progress each term.",
            [
                new FigureInput("disability", "Pupils with special educational needs or disabilities", 38, 212),
                new FigureInput("race", "Pupils with English as an additional language", 27, 212),
                new FigureInput("religion-belief", "Pupils withdrawn from collective worship", 3, 212),
                new FigureInput("sex", "Girls", 104, 212),
            ],
            "Full governing body",
            approvedOn,
            approvedOn.AddYears(4),
            approvedOn.AddYears(1),
            draft.Version,
            objectives), cancellationToken);
        await mediator.Send(new PublishStatementCommand(school.Id), cancellationToken);
    }

    private const string InformationNarrative =
        "Pendle Brook Primary School welcomes its duty under the Equality Act 2010 to eliminate discrimination, harassment and " +
        "victimisation; to advance equality of opportunity; and to foster good relations between people who share a protected " +
        "characteristic and people who do not.\n\n" +
        "We collect and analyse information about our pupils' attainment, attendance, exclusions and wellbeing by group, and about " +
        "bullying and prejudice-related incidents, so that we can see where gaps exist and act on them. We do not publish any number " +
        "that could identify a pupil.\n\n" +
        "Our curriculum, assemblies and pupil voice work promote respect for difference, and we make reasonable adjustments so that " +
        "disabled pupils, staff and visitors can take part in every aspect of school life.";
}
