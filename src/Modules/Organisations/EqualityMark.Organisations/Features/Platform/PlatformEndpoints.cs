using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Organisations.Features.Platform;

internal static class PlatformEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var tenants = api.MapGroup("/platform/tenants").WithTags("Platform").RequireAuthorization(Policies.PlatformOperator);
        tenants.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListTenantsQuery(), ct)).WithName("ListTenants");
        tenants.MapPost("/", async (CreateTenantCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var tenant = await mediator.Send(command, ct);
            return Results.Created($"/api/v1/platform/tenants/{tenant.Id}", tenant);
        }).WithName("CreateTenant");
        tenants.MapPut("/{id:guid}/status", (Guid id, TenantStatusRequest body, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new SetTenantStatusCommand(id, body.Status), ct)).WithName("SetTenantStatus");
        tenants.MapPost("/{id:guid}/resend-invitation", (Guid id, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ResendAdministratorInvitationCommand(id), ct)).WithName("ResendAdministratorInvitation");
    }
}
