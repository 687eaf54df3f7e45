using System.Globalization;
using EqualityMark.ActionPlanning.Data;
using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>
/// The newest publication for a URN. Anonymous: the tenant filter and row-level security keep it to this
/// authority's schools; counts below the authority's threshold leave here only as "fewer than N".
/// </summary>
internal sealed class PublicStatementHandler(ActionPlanningDbContext db, IMediator mediator) : IRequestHandler<GetPublicStatementQuery, PublicStatementDto>
{
    public async Task<PublicStatementDto> Handle(GetPublicStatementQuery request, CancellationToken cancellationToken)
    {
        var publication = await db.PublishedStatements.AsNoTracking().Where(p => p.SchoolUrn == request.Urn)
            .OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("No equality statement has been published for that school.");
        var threshold = await mediator.Send(new GetSuppressionThresholdQuery(), cancellationToken);
        var content = StatementContent.FromJson(publication.ContentJson);
        var figures = content.Figures.Select(f => f.Count < threshold
            ? new PublicFigureDto(f.StrandName, f.GroupLabel, $"fewer than {threshold}", f.OutOf, Suppressed: true)
            : new PublicFigureDto(f.StrandName, f.GroupLabel, f.Count.ToString(CultureInfo.InvariantCulture), f.OutOf, Suppressed: false)).ToList();
        return new PublicStatementDto(
            publication.SchoolName, publication.SchoolUrn, publication.Version, publication.PublishedAt,
            publication.ApprovedBy, publication.ApprovedOn, publication.ObjectivesReviewOn, publication.InformationReviewOn,
            content.InformationNarrative, content.ObjectivesNarrative, figures, content.Objectives);
    }
}
