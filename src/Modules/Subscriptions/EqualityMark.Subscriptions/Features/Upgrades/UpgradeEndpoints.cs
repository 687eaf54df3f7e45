using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Subscriptions.Features.Upgrades;

internal static class UpgradeEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/subscriptions/{id:guid}/upgrade-quote", (Guid id, Guid? packageId, string? purchaseOrderNumber, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetUpgradeQuoteQuery(id, packageId, purchaseOrderNumber), ct))
            .RequireAuthorization(Policies.SignedIn).WithTags("Subscriptions").WithName("GetUpgradeQuote");
        api.MapPost("/subscriptions/{id:guid}/upgrade", (Guid id, UpgradeRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new UpgradeSubscriptionCommand(id, body.PackageId, body.PurchaseOrderNumber), ct))
            .RequireAuthorization(Policies.SignedIn).WithTags("Subscriptions").WithName("UpgradeSubscription");
    }
}
