using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Organisations.Features.People;

internal static class PeopleEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/people", (Guid? schoolId, IMediator mediator, CancellationToken ct) => mediator.Send(new ListPeopleQuery(schoolId), ct))
            .RequireAuthorization(Policies.CanInvite).WithTags("People").WithName("ListPeople");
        api.MapPost("/invitations", async (InviteUserCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var invitation = await mediator.Send(command, ct);
                return Results.Created($"/api/v1/people/{invitation.UserId}", invitation);
            })
            .RequireAuthorization(Policies.CanInvite).WithTags("People").WithName("InviteUser");
    }
}
