using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.PaymentMethods;

/// <summary>Invoice is always on; card is on once Stripe accepted the authority's saved keys at their last connection test (ADR 0024).</summary>
internal sealed class PaymentMethodsHandler(SubscriptionsDbContext db) : IRequestHandler<GetPaymentMethodsQuery, PaymentMethodsDto>
{
    public async Task<PaymentMethodsDto> Handle(GetPaymentMethodsQuery request, CancellationToken cancellationToken) =>
        await CardIsOnAsync(db, cancellationToken) ? new([PaymentMethod.Card, PaymentMethod.Invoice]) : new([PaymentMethod.Invoice]);

    public static Task<bool> CardIsOnAsync(SubscriptionsDbContext db, CancellationToken cancellationToken) => db.StripeAccounts.AnyAsync(a => a.ConnectionSucceeded, cancellationToken);

    public static string CardOffMessage(string authorityName) => $"{authorityName} does not take card payments. Choose to pay by invoice";
}
