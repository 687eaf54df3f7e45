using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

/// <summary>The phase bands page as JSON: list, read, add, change (with the version read), remove.</summary>
internal static class PhaseBandEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var bands = api.MapGroup("/phase-bands").WithTags("Phase bands").RequireAuthorization(Policies.AuthorityAdmin);
        bands.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListPhaseBandsQuery(), ct)).WithName("ListPhaseBands");
        bands.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetPhaseBandQuery(id), ct)).WithName("GetPhaseBand");
        bands.MapPost("/", async (AddPhaseBandCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var band = await mediator.Send(command, ct);
                return Results.Created($"/api/v1/phase-bands/{band.Id}", band);
            })
            .WithName("AddPhaseBand");
        bands.MapPut("/{id:guid}", (Guid id, UpdatePhaseBandCommand command, IMediator mediator, CancellationToken ct) => mediator.Send(command with { Id = id }, ct))
            .WithName("UpdatePhaseBand").WithSummary("Renames a band and sets its phases; send the version you read, 409 with the current band when someone saved it since");
        bands.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemovePhaseBandCommand(id), ct);
                return Results.NoContent();
            })
            .WithName("RemovePhaseBand").WithSummary("Removes a band and its prices; 409 when a subscription was priced by it");
    }
}
