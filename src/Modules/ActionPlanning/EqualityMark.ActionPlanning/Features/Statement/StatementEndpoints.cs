using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>The published equality information and objectives: the school's draft, publishing, and the public statement.</summary>
internal static class StatementEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var draft = api.MapGroup("/equality-statement").WithTags("Equality statement").RequireAuthorization(Policies.SignedIn);
        draft.MapGet("/", (Guid? school, IMediator m, CancellationToken ct) => m.Send(new GetStatementDraftQuery(school), ct));
        draft.MapPut("/", (Guid? school, DraftBody b, IMediator m, CancellationToken ct) => m.Send(new SaveStatementDraftCommand(
            school, b.InformationNarrative, b.ObjectivesNarrative, b.Figures, b.ApprovedBy, b.ApprovedOn, b.ObjectivesReviewOn, b.InformationReviewOn,
            b.ExpectedVersion, b.PublishedObjectiveIds), ct));
        draft.MapPut("/published-objectives", (Guid? school, ObjectivesBody b, IMediator m, CancellationToken ct) =>
            m.Send(new SelectPublishedObjectivesCommand(school, b.ObjectiveIds), ct));
        draft.MapPost("/publish", (Guid? school, IMediator m, CancellationToken ct) => m.Send(new PublishStatementCommand(school), ct));

        api.MapGet("/schools/{urn:length(6):int}/equality-statement", (string urn, IMediator m, CancellationToken ct) =>
            m.Send(new GetPublicStatementQuery(urn), ct)).WithTags("Equality statement").AllowAnonymous();
    }

    internal sealed record DraftBody(
        string? InformationNarrative,
        string? ObjectivesNarrative,
        IReadOnlyList<FigureInput>? Figures,
        string? ApprovedBy,
        DateOnly? ApprovedOn,
        DateOnly? ObjectivesReviewOn,
        DateOnly? InformationReviewOn,
        uint ExpectedVersion,
        IReadOnlyList<Guid>? PublishedObjectiveIds);

    internal sealed record ObjectivesBody(IReadOnlyList<Guid>? ObjectiveIds);
}
