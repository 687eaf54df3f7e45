using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Subscriptions.Features.Subscriptions;

internal static class SubscriptionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var subscriptions = api.MapGroup("/subscriptions").WithTags("Subscriptions");
        subscriptions.MapGet("/", (SubscriptionStatus? status, IMediator mediator, CancellationToken ct) => mediator.Send(new ListSubscriptionsQuery(status), ct))
            .RequireAuthorization(Policies.AuthorityStaff).WithName("ListSubscriptions");
        subscriptions.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetSubscriptionQuery(id), ct))
            .RequireAuthorization(Policies.SignedIn).WithName("GetSubscription");
        subscriptions.MapPost("/{id:guid}/cancel", (Guid id, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new CancelSubscriptionCommand(id, body.Reason ?? string.Empty), ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithName("CancelSubscription");
        api.MapGet("/schools/{schoolId:guid}/subscriptions", (Guid schoolId, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListSchoolSubscriptionsQuery(schoolId), ct))
            .RequireAuthorization(Policies.SignedIn).WithTags("Subscriptions").WithName("ListSchoolSubscriptions");
    }
}
