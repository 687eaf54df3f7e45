using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Subscriptions.Features.Invoices;

internal static class InvoiceEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var invoices = api.MapGroup("/invoices").WithTags("Invoices");
        invoices.MapGet("/", (Guid? schoolId, bool? overdue, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListInvoicesQuery(schoolId, overdue ?? false), ct))
            .RequireAuthorization(Policies.SignedIn).WithName("ListInvoices");
        invoices.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetInvoiceQuery(id), ct))
            .RequireAuthorization(Policies.SignedIn).WithName("GetInvoice");
        invoices.MapPost("/{id:guid}/paid", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new MarkInvoicePaidCommand(id), ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithName("MarkInvoicePaid");
        invoices.MapPost("/{id:guid}/cancel", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new CancelInvoiceCommand(id), ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithName("CancelInvoice");
    }
}
