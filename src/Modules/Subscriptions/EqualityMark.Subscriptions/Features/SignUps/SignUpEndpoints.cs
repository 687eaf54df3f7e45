using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Subscriptions.Features.SignUps;

internal static class SignUpEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var signUps = api.MapGroup("/sign-ups").WithTags("Sign-ups");
        signUps.MapPost("/", async (SubmitSignUpCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var signUp = await mediator.Send(command, ct);
                return Results.Accepted(value: new { signUp.Id, signUp.Status });
            })
            .AllowAnonymous().WithName("SubmitSignUp");
        signUps.MapGet("/", (SignUpStatus? status, IMediator mediator, CancellationToken ct) => mediator.Send(new ListSignUpsQuery(status), ct))
            .RequireAuthorization(Policies.AuthorityStaff).WithName("ListSignUps");
        signUps.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetSignUpQuery(id), ct))
            .RequireAuthorization(Policies.AuthorityStaff).WithName("GetSignUp");
        signUps.MapPost("/{id:guid}/approve", (Guid id, SubscriptionYear? year, IMediator mediator, CancellationToken ct) => mediator.Send(new ApproveSignUpCommand(id, year), ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithName("ApproveSignUp");
        signUps.MapPost("/{id:guid}/reject", (Guid id, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new RejectSignUpCommand(id, body.Reason ?? string.Empty), ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithName("RejectSignUp");
    }
}
