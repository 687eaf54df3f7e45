using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.PaymentMethods;

/// <summary>Invoice is always on; card is on once the authority has saved its Stripe keys on the card payments page.</summary>
internal sealed class PaymentMethodsHandler(SubscriptionsDbContext db) : IRequestHandler<GetPaymentMethodsQuery, PaymentMethodsDto>
{
    public async Task<PaymentMethodsDto> Handle(GetPaymentMethodsQuery request, CancellationToken cancellationToken) =>
        await CardIsOnAsync(db, cancellationToken) ? new([PaymentMethod.Card, PaymentMethod.Invoice]) : new([PaymentMethod.Invoice]);

    public static Task<bool> CardIsOnAsync(SubscriptionsDbContext db, CancellationToken cancellationToken) => db.StripeAccounts.AnyAsync(cancellationToken);

    public static string CardOffMessage(string authorityName) => $"{authorityName} does not take card payments. Choose to pay by invoice";
}
