using EqualityMark.ActionPlanning.Data;
using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>
/// The newest publication for a URN. Anonymous: the tenant filter and row-level security keep it to this
/// authority's schools; small counts, and any that would give one away, leave here already withheld.
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
        var figures = StatementFigureProtection.Publish(content.Figures, threshold);
        return new PublicStatementDto(
            publication.SchoolName, publication.SchoolUrn, publication.Version, publication.PublishedAt,
            publication.ApprovedBy, publication.ApprovedOn, publication.ObjectivesReviewOn, publication.InformationReviewOn,
            content.InformationNarrative, content.ObjectivesNarrative, figures, content.Objectives);
    }
}
