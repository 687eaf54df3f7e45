using EqualityMark.Subscriptions.Data;
using EqualityMark.Subscriptions.Domain;
using Microsoft.EntityFrameworkCore;
using Stripe;
using Subscription = EqualityMark.Subscriptions.Domain.Subscription;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// One Stripe customer per school: reused from any of the school's subscriptions, created once otherwise and kept
/// on the subscription being paid. The idempotency key is the subscription's, so a retry gets the same customer.
/// </summary>
internal sealed class StripeCustomers(SubscriptionsDbContext db)
{
    public async Task<string> EnsureAsync(IStripeClient stripe, Subscription subscription, CancellationToken cancellationToken)
    {
        if (subscription.StripeCustomerId is { } own)
        {
            return own;
        }

        var known = await db.Subscriptions.AsNoTracking()
            .Where(s => s.SchoolId == subscription.SchoolId && s.StripeCustomerId != null)
            .OrderByDescending(s => s.CreatedAt).Select(s => s.StripeCustomerId).FirstOrDefaultAsync(cancellationToken);
        subscription.StripeCustomerId = known ?? (await StripeCalls.RunAsync(
            () => new CustomerService(stripe).CreateAsync(
                new CustomerCreateOptions
                {
                    Name = subscription.SchoolName,
                    Email = subscription.ContactEmail,
                    Metadata = new Dictionary<string, string> { ["school_id"] = subscription.SchoolId.ToString(), ["urn"] = subscription.SchoolUrn },
                },
                new RequestOptions { IdempotencyKey = $"customer-{subscription.Id}" },
                cancellationToken),
            "Stripe could not be reached to set up the card payment. Try again, or pay by invoice.")).Id;
        return subscription.StripeCustomerId;
    }
}
