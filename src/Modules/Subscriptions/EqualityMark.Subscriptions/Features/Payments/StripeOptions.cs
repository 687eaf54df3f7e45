namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>Configuration section "Stripe". BaseUrl is Stripe's API, or a fake on loopback in tests.</summary>
internal sealed class StripeOptions
{
    public const string Section = "Stripe";

    public Uri BaseUrl { get; set; } = new("https://api.stripe.com/");

    /// <summary>How old a webhook's signed timestamp may be before it is refused as a replay (Stripe's default, 300 s).</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
