using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Subscriptions.Features.Payments;

internal static class PaymentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var payments = api.MapGroup("/payments").WithTags("Payments");
        payments.MapGet("/stripe", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetStripeSettingsQuery(), ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithName("GetStripeSettings");
        payments.MapPut("/stripe", (SetStripeKeysCommand command, IMediator mediator, CancellationToken ct) => mediator.Send(command, ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithName("SetStripeKeys");
        payments.MapPost("/stripe/connection-test", (IMediator mediator, CancellationToken ct) => mediator.Send(new TestStripeConnectionCommand(), ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithName("TestStripeConnection")
            .WithSummary("Tests the saved keys against Stripe: 200 when accepted (card payments on), 400 when Stripe refuses the key, 409 when Stripe cannot be reached or no keys are saved");
        payments.MapPost("/checkouts", (StartCardCheckoutCommand command, IMediator mediator, CancellationToken ct) => mediator.Send(command, ct))
            .RequireAuthorization(Policies.SignedIn).WithName("StartCardCheckout");
        payments.MapGet("/checkouts", (Guid subscriptionId, IMediator mediator, CancellationToken ct) => mediator.Send(new ListCardPaymentsQuery(subscriptionId), ct))
            .RequireAuthorization(Policies.SignedIn).WithName("ListCardPayments");
        payments.MapPost("/pay-by-invoice", (PayByInvoiceCommand command, IMediator mediator, CancellationToken ct) => mediator.Send(command, ct))
            .RequireAuthorization(Policies.SignedIn).WithName("PayByInvoice");
        payments.MapPost("/refunds", (RefundCardPaymentCommand command, IMediator mediator, CancellationToken ct) => mediator.Send(command, ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithName("RefundCardPayment");
        payments.MapPost("/stripe/webhook", async (HttpRequest http, IMediator mediator, CancellationToken ct) =>
            {
                using var reader = new StreamReader(http.Body);
                var payload = await reader.ReadToEndAsync(ct);
                var outcome = await mediator.Send(new HandleStripeWebhookCommand(payload, http.Headers["Stripe-Signature"].ToString()), ct);
                return Results.Ok(new { received = true, outcome = outcome.ToString() });
            })
            .AllowAnonymous().AcceptCrossOriginWrites().ExcludeFromDescription().WithName("StripeWebhook");
    }
}
