using EqualityMark.Shared.Errors;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Stripe.Checkout;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// Closes a subscription's open card payments before it is paid another way: each open Checkout session is expired in
/// Stripe first, so the school cannot pay twice; if Stripe says it may have been paid, nothing changes (409).
/// </summary>
internal sealed class OpenCardPayments(SubscriptionsDbContext db, StripeKeyVault vault, StripeClients clients, TimeProvider clock)
{
    public async Task CloseAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var open = await db.CardCheckouts.Where(c => c.SubscriptionId == subscription.Id && c.Status == CardPaymentStatus.Open).ToListAsync(cancellationToken);
        var keys = open.Count == 0 ? null : await vault.ReadAsync(cancellationToken);
        foreach (var checkout in open)
        {
            if (keys is { } stripeKeys)
            {
                await ExpireInStripeAsync(new SessionService(clients.For(stripeKeys.SecretKey)), checkout.StripeSessionId, checkout.Id, cancellationToken);
            }

            checkout.Status = CardPaymentStatus.Expired;
            checkout.CompletedAt = clock.GetUtcNow();
        }
    }

    /// <summary>Stripe refuses to expire a session that is no longer open: that is fine if it expired, not if it was paid.</summary>
    private static async Task ExpireInStripeAsync(SessionService sessions, string sessionId, Guid checkoutId, CancellationToken cancellationToken)
    {
        const string mayBePaid = "The card payment may already have gone through, so nothing was changed. Wait a few minutes and look at the package again.";
        try
        {
            await sessions.ExpireAsync(sessionId, null, new Stripe.RequestOptions { IdempotencyKey = $"expire-{checkoutId}" }, cancellationToken);
        }
        catch (Stripe.StripeException)
        {
            var session = await StripeCalls.RunAsync(() => sessions.GetAsync(sessionId, null, null, cancellationToken), mayBePaid);
            if (session.Status != "expired")
            {
                throw new ConflictException(mayBePaid);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            throw new ConflictException(mayBePaid);
        }
    }
}
