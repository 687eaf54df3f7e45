using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Subscriptions.Features.Renewals;

internal static class RenewalEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/subscriptions/{id:guid}/renew", async (Guid id, RenewalRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var next = await mediator.Send(new RenewSubscriptionCommand(id, body.PaymentMethod, body.PurchaseOrderNumber), ct);
                return Results.Created($"/api/v1/subscriptions/{next.Id}", next);
            })
            .RequireAuthorization(Policies.SignedIn).WithTags("Subscriptions").WithName("RenewSubscription");
        api.MapGet("/renewals", async (IMediator mediator, CancellationToken ct) => new
            {
                Due = await mediator.Send(new ListSubscriptionsQuery(SubscriptionStatus.RenewalDue), ct),
                Lapsed = await mediator.Send(new ListSubscriptionsQuery(SubscriptionStatus.Lapsed), ct),
            })
            .RequireAuthorization(Policies.AuthorityStaff).WithTags("Subscriptions").WithName("ListRenewals");
    }
}
