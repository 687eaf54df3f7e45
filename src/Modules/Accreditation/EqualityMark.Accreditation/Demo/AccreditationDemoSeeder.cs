using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Features.Awards;
using EqualityMark.Accreditation.Features.Summaries;
using EqualityMark.Evidence.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Modules;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.Accreditation.Demo;

/// <summary>
/// Lancashire's demo accreditation: Pendle Brook Primary School (URN 900101) holds the Race and Sex badges and has its
/// Religion and Belief summary waiting for the desk check; Fylde Coast High School (URN 900102) holds all six badges and
/// so the Mark. Idempotent: a school that has any summary is left alone.
/// </summary>
internal sealed class AccreditationDemoSeeder(TenantScopeFactory scopes, TimeProvider clock) : IDemoDataSeeder
{
    private const string Advisor = "Priya Shah";

    public int Order => 60;

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
        var services = tenantScope.ServiceProvider;
        var mediator = services.GetRequiredService<IMediator>();
        var db = services.GetRequiredService<AccreditationDbContext>();
        var schools = (await mediator.Send(new ListSchoolsQuery(), cancellationToken)).ToDictionary(s => s.Urn);
        if (schools.GetValueOrDefault("900101") is { } pendle && !await db.Summaries.AnyAsync(s => s.SchoolId == pendle.Id, cancellationToken))
        {
            await SeedPendleBrookAsync(Writer(services, pendle, "Sam Taylor"), mediator, cancellationToken);
        }

        if (schools.GetValueOrDefault("900102") is { } fylde && !await db.Summaries.AnyAsync(s => s.SchoolId == fylde.Id, cancellationToken))
        {
            await SeedFyldeCoastAsync(Writer(services, fylde, "Fylde Coast High School equality co-ordinator"), cancellationToken);
        }
    }

    private static DemoSummaryWriter Writer(IServiceProvider services, SchoolDto school, string coordinator) => new(
        services.GetRequiredService<AccreditationDbContext>(), services.GetRequiredService<Awarding>(), services.GetRequiredService<SummaryPrefillReader>(),
        school, coordinator, Advisor);

    private async Task SeedPendleBrookAsync(DemoSummaryWriter writer, IMediator mediator, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var race = await writer.SendAsync("race", "Race",
            "We trained every member of staff in recognising and challenging racism, rewrote our prejudice-related incident procedure with parents, and added Black British history to every key stage.",
            "Racist incidents fell from eleven a term to two; every incident is now followed up with the families involved within a week.",
            "Pupil interviews: pupils say staff \"always do something\" when they report name-calling.", At(today.AddMonths(-14)), cancellationToken);
        await writer.AwardAsync(race, today.AddMonths(-13), cancellationToken);
        var sex = await writer.SendAsync("sex", "Sex",
            "We audited reading books and PE provision for stereotypes and set up a mixed football club run by Year 6 leaders.",
            "Girls' attendance at sports clubs rose from 28% to 51%; the library now has a balanced collection chosen with pupils.",
            "School council survey on 'jobs for boys and girls' repeated after a year: far fewer stereotyped answers.", At(today.AddMonths(-5)), cancellationToken);
        await writer.AwardAsync(sex, today.AddMonths(-4), cancellationToken);

        var religion = await writer.SendAsync("religion-belief", "Religion and Belief",
            "We audited RE and PSHE resources for the faiths of our families, bought new books, and invited local faith leaders to lead assemblies each half term.",
            "In the pupil survey 78% of Key Stage 2 pupils can describe a faith or belief other than their own (42% before); faith-based name-calling fell.",
            "Pupils chose the faith leaders to invite and interviewed them for the school newsletter.", At(today.AddDays(-6)), cancellationToken);
        await mediator.Send(new StoreEvidenceFileCommand(religion.SchoolId, SummaryReader.DocumentOwnerType, religion.Id,
            "Faith visitors programme and pupil survey.pdf", DemoPdf.Bytes("Faith visitors programme and pupil survey")), cancellationToken);
    }

    private async Task SeedFyldeCoastAsync(DemoSummaryWriter writer, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        (string Key, string Name, int MonthsAgo)[] badges =
        [
            ("race", "Race", 30), ("disability", "Disability", 26), ("sex", "Sex", 18),
            ("religion-belief", "Religion and Belief", 14), ("holistic-diversity", "Holistic Diversity", 7), ("sexual-orientation", "Sexual Orientation", 2),
        ];
        foreach (var (key, name, monthsAgo) in badges)
        {
            var summary = await writer.SendAsync(key, name,
                $"Our {name.ToLowerInvariant()} equality objectives were built into the school improvement plan with actions for every department.",
                "The gaps we found in our audit have closed, and our monitoring shows the change has lasted a full year.",
                "Student leadership team focus groups each term.", At(today.AddMonths(-monthsAgo - 1)), cancellationToken);
            await writer.AwardAsync(summary, today.AddMonths(-monthsAgo), cancellationToken);
        }
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
}
