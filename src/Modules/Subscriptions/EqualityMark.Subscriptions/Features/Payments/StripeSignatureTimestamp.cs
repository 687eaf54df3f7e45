using System.Globalization;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// The "t=" of a Stripe-Signature header, read before Stripe.net sees it: a timestamp that is not a whole number of
/// seconds within the tolerance either side of now (overflowing, negative, years away) is refused as a bad signature.
/// </summary>
internal static class StripeSignatureTimestamp
{
    public static bool IsWithin(string? header, DateTimeOffset now, TimeSpan tolerance)
    {
        var timestamps = (header ?? string.Empty).Split(',')
            .Select(part => part.Trim())
            .Where(part => part.StartsWith("t=", StringComparison.Ordinal))
            .Select(part => part[2..])
            .ToList();
        return timestamps.Count == 1
            && long.TryParse(timestamps[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && Math.Abs(seconds - now.ToUnixTimeSeconds()) <= (long)tolerance.TotalSeconds;
    }
}
