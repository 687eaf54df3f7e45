using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Subscriptions.Features.Settings;

internal static class SettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/subscription-settings", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetSubscriptionSettingsQuery(), ct))
            .RequireAuthorization(Policies.AuthorityStaff).WithTags("Catalogue").WithName("GetSubscriptionSettings");
        api.MapPut("/subscription-settings", (UpdateSubscriptionSettingsCommand command, IMediator mediator, CancellationToken ct) => mediator.Send(command, ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithTags("Catalogue").WithName("UpdateSubscriptionSettings");
    }
}
