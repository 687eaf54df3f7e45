using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Subscriptions.Features.Entitlements;

internal static class EntitlementEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var entitlements = api.MapGroup("/schools/{schoolId:guid}/entitlements").WithTags("Entitlements");
        entitlements.MapGet("/", (Guid schoolId, IMediator mediator, CancellationToken ct) => mediator.Send(new GetSchoolEntitlementsQuery(schoolId), ct))
            .RequireAuthorization(Policies.SignedIn).WithName("GetSchoolEntitlements");
        entitlements.MapPost("/uses", (Guid schoolId, EntitlementUseRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ConsumeEntitlementCommand(schoolId, body.Kind, body.Reference ?? string.Empty), ct))
            .RequireAuthorization(Policies.AuthorityStaff).WithName("ConsumeEntitlement");
        entitlements.MapDelete("/uses/{reference}", (Guid schoolId, string reference, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ReleaseEntitlementCommand(schoolId, reference), ct))
            .RequireAuthorization(Policies.AuthorityStaff).WithName("ReleaseEntitlement");
    }
}
