using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Subscriptions.Features.PaymentMethods;

internal static class PaymentMethodEndpoints
{
    public sealed record PaymentMethodRequest(PaymentMethod? PaymentMethod, string? PurchaseOrderNumber);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/payment-methods", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetPaymentMethodsQuery(), ct))
            .AllowAnonymous().WithTags("Subscriptions").WithName("GetPaymentMethods");
        var subscriptions = api.MapGroup("/subscriptions/{id:guid}").WithTags("Subscriptions").RequireAuthorization(Policies.AuthorityAdmin);
        subscriptions.MapPost("/payment-method", (Guid id, PaymentMethodRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ChangePaymentMethodCommand(id, body.PaymentMethod, body.PurchaseOrderNumber), ct))
            .WithName("ChangePaymentMethod");
        subscriptions.MapPost("/invoice", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new IssueSubscriptionInvoiceCommand(id), ct))
            .WithName("IssueSubscriptionInvoice");
        subscriptions.MapPost("/payment", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new RecordSubscriptionPaymentCommand(id), ct))
            .WithName("RecordSubscriptionPayment");
    }
}
