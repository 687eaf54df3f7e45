using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Organisations.Features.Setup;

internal static class SetupEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/programme/logo", async (IMediator mediator, CancellationToken ct) =>
            await mediator.Send(new GetProgrammeLogoQuery(), ct) is { } logo ? Results.File(logo.Content, logo.ContentType) : Results.NotFound())
            .AllowAnonymous().WithTags("Programme");
        api.MapGet("/programme/status", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetProgrammeStatusQuery(), ct))
            .AllowAnonymous().WithTags("Programme");
        var setup = api.MapGroup("/setup").WithTags("Setup").RequireAuthorization(Policies.AuthorityAdmin);
        setup.MapGet("/", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetSetupQuery(), ct));
        setup.MapGet("/email", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetEmailSenderQuery(), ct));
        setup.MapPut("/email", (SaveEmailSenderCommand command, IMediator mediator, CancellationToken ct) => mediator.Send(command, ct));
        setup.MapPost("/go-live", (IMediator mediator, CancellationToken ct) => mediator.Send(new GoLiveCommand(), ct));
    }
}
