using EqualityMark.Accreditation.Contracts;
using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.Audit.Contracts;
using EqualityMark.Evidence.Data;
using EqualityMark.Evidence.Domain;
using EqualityMark.Evidence.Storage;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Text;
using EqualityMark.Shared.Time;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>
/// Makes a pack on the job server: reads each module in turn, saving progress after each step so the school's page can
/// show it, then writes the Word document and the PDF. A pack already made (a retried job) is left alone.
/// </summary>
internal sealed class BuildPackHandler(
    EvidenceDbContext db, IMediator mediator, ITenantContext tenant, ITenantLinks links, TimeProvider clock, ILogger<BuildPackHandler> logger)
    : IRequestHandler<BuildEvidencePackCommand, Unit>
{
    private static readonly TimeSpan LinksLast = TimeSpan.FromDays(7);

    public async Task<Unit> Handle(BuildEvidencePackCommand request, CancellationToken cancellationToken)
    {
        var pack = await db.Packs.SingleOrDefaultAsync(p => p.Id == request.PackId, cancellationToken);
        if (pack is null || !pack.IsBeingMade)
        {
            return Unit.Value;
        }

        try
        {
            var content = await GatherAsync(pack, cancellationToken);
            await StepAsync(pack, 70, "Writing the Word document", cancellationToken);
            var word = PackWord.Write(content);
            await StepAsync(pack, 85, "Writing the PDF", cancellationToken);
            var pdf = PackPdf.Write(content);
            var name = $"{content.SchoolName} equality evidence pack {UkTime.DateOf(content.MadeAt):yyyy-MM-dd}";
            db.PackDocuments.Add(new EvidencePackDocument { PackId = pack.Id, Format = EvidencePackFormat.Word, FileName = FileNameSanitiser.Clean($"{name}.docx"), Content = word });
            db.PackDocuments.Add(new EvidencePackDocument { PackId = pack.Id, Format = EvidencePackFormat.Pdf, FileName = FileNameSanitiser.Clean($"{name}.pdf"), Content = pdf });
            pack.Finish(clock.GetUtcNow(), LinksLast);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Evidence pack {PackId} could not be made", pack.Id);
            db.ChangeTracker.Clear();
            var failed = await db.Packs.SingleAsync(p => p.Id == pack.Id, CancellationToken.None);
            failed.Fail("Something went wrong while making the pack. Make a new pack; if it happens again, contact the equality team.");
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return Unit.Value;
    }

    private async Task<PackContent> GatherAsync(EvidencePack pack, CancellationToken cancellationToken)
    {
        await StepAsync(pack, 10, "Reading the school's details", cancellationToken);
        var school = await mediator.Send(new GetSchoolQuery(pack.SchoolId), cancellationToken);
        var programme = await mediator.Send(new GetProgrammeStatusQuery(), cancellationToken);
        var logo = programme.HasLogo ? PackLogos.Read(await mediator.Send(new GetProgrammeLogoQuery(), cancellationToken)) : null;
        await StepAsync(pack, 25, "Reading the audit, the summary grid and the reference group", cancellationToken);
        var audit = await mediator.Send(new GetAuditEvidenceQuery(pack.SchoolId), cancellationToken);
        await StepAsync(pack, 45, "Reading the action plan and the equality objectives", cancellationToken);
        var plan = await mediator.Send(new GetPlanEvidenceQuery(pack.SchoolId), cancellationToken);
        await StepAsync(pack, 60, "Reading the badges held", cancellationToken);
        var accreditation = await mediator.Send(new GetSchoolAccreditationQuery(pack.SchoolId), cancellationToken);

        var code = tenant.Tenant?.Code ?? throw new InvalidOperationException("An evidence pack is made for one authority.");
        var awards = accreditation.Strands.Select(s => s.Badge).Append(accreditation.Mark).OfType<AwardDto>();
        var badges = awards.Select(a => new PackBadge(a.Title, a.AwardedOn, a.ExpiresOn, EnumNames.Of(a.Status), links.For(code, $"/verify/{a.VerificationCode}"))).ToList();
        return new PackContent(
            school.Name, school.Urn, EnumNames.Of(school.Phase), tenant.Tenant.Name, programme.ProgrammeName, programme.BrandColour, clock.GetUtcNow(),
            audit, plan, plan.StatementPath is null ? null : links.For(code, plan.StatementPath), badges, logo);
    }

    private async Task StepAsync(EvidencePack pack, int progress, string stage, CancellationToken cancellationToken)
    {
        pack.Advance(progress, stage);
        await db.SaveChangesAsync(cancellationToken);
    }
}
