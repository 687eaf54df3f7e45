using System.Net;
using Stripe;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// What a connection test found, in words an administrator can act on. Stripe's own message is never shown: for a
/// refused key it repeats part of the key.
/// </summary>
internal sealed record StripeConnectionOutcome(bool Succeeded, bool KeyRefused, string? Failure)
{
    public const string KeyRefusedMessage =
        "Stripe refused the secret key. Copy the secret key (sk_live_ or sk_test_) or a restricted key that can read the balance from your Stripe dashboard, save it and test again";

    public const string UnreachableMessage = "Could not reach Stripe. Check that this service can connect to the internet, then test again";

    public static readonly StripeConnectionOutcome Accepted = new(true, false, null);

    public static StripeConnectionOutcome From(Exception exception) => exception switch
    {
        StripeException { HttpStatusCode: HttpStatusCode.Unauthorized } => new(false, true, KeyRefusedMessage),
        StripeException { HttpStatusCode: HttpStatusCode.Forbidden } => new(false, true,
            "Stripe accepted the key but it may not read the balance. Give the restricted key read access to Balance, or use the secret key, then test again"),
        StripeException { StripeError: not null } stripe => new(false, false,
            $"Stripe could not check the keys (it answered {(int)stripe.HttpStatusCode}). Try again in a few minutes"),
        _ => new(false, false, UnreachableMessage),
    };
}
