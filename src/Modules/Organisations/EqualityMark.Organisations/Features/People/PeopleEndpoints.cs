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

        var person = api.MapGroup("/people/{id:guid}").WithTags("People").RequireAuthorization(Policies.CanInvite);
        person.MapGet("/", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetPersonQuery(id), ct));
        person.MapPost("/resend-invitation", (Guid id, IMediator m, CancellationToken ct) => m.Send(new ResendInvitationCommand(id), ct));
        person.MapPost("/deactivate", (Guid id, IMediator m, CancellationToken ct) => m.Send(new DeactivatePersonCommand(id), ct));
        person.MapPost("/reactivate", (Guid id, IMediator m, CancellationToken ct) => m.Send(new ReactivatePersonCommand(id), ct));
        person.MapPut("/role", (Guid id, RoleBody body, IMediator m, CancellationToken ct) => m.Send(new ChangeRoleCommand(id, body.Role ?? string.Empty), ct));
        api.MapPost("/people/hand-over", (HandOverCoordinationCommand command, IMediator m, CancellationToken ct) => m.Send(command, ct))
            .RequireAuthorization(Policies.CanInvite).WithTags("People");
    }

    internal sealed record RoleBody(string? Role);
}
