using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>The evidence pack's API: ask for a pack (made in the background), follow its progress, download it.</summary>
internal static class PackEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var schools = api.MapGroup("/schools/{schoolId:guid}/evidence-packs").WithTags("Evidence pack").RequireAuthorization(Policies.SignedIn);
        schools.MapPost("/", async (Guid schoolId, IMediator m, CancellationToken ct) =>
        {
            var pack = await m.Send(new RequestEvidencePackCommand(schoolId), ct);
            return Results.Accepted($"/api/v1/evidence-packs/{pack.Id}", pack);
        }).WithName("RequestEvidencePack").WithSummary("Starts making the school's evidence pack (Word and PDF) in the background.");
        schools.MapGet("/", (Guid schoolId, IMediator m, CancellationToken ct) => m.Send(new ListEvidencePacksQuery(schoolId), ct))
            .WithName("ListEvidencePacks");

        var packs = api.MapGroup("/evidence-packs").WithTags("Evidence pack").RequireAuthorization(Policies.SignedIn);
        packs.MapGet("/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetEvidencePackQuery(id), ct))
            .WithName("GetEvidencePack").WithSummary("Where a pack has got to; the document paths once it is ready.");
        packs.MapGet("/{id:guid}/documents/{format}", async (Guid id, string format, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new GetEvidencePackDocumentQuery(id, format), ct);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).WithName("DownloadEvidencePack").WithSummary("The pack as 'word' or 'pdf': 409 while it is being made, 410 once its link has expired.");
    }
}
