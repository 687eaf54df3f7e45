using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Organisations.Features.Leaving;

internal static class LeavingEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/schools/{id:guid}/delete", async (Guid id, DeleteSchoolRequest body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteSchoolCommand(id, body.ConfirmSchoolName ?? ""), ct);
                return Results.NoContent();
            })
            .RequireAuthorization(Policies.AuthorityAdmin).WithTags("Schools").WithName("DeleteSchool");
}
