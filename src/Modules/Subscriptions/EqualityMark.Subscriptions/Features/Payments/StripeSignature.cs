using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>
/// Stripe's webhook signature: the Stripe-Signature header carries t=timestamp and one or more v1=hex, each an
/// HMAC-SHA256 of "{t}.{payload}" with the endpoint's signing secret. Old timestamps are refused (replays).
/// </summary>
internal static class StripeSignature
{
    public static bool IsValid(string payload, string? header, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        var timestampText = parts.FirstOrDefault(p => p[0].Trim() == "t")?[1];
        if (!long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || (now - DateTimeOffset.FromUnixTimeSeconds(timestamp)).Duration() > tolerance)
        {
            return false;
        }

        var expected = Compute(secret, timestampText!, payload);
        return parts.Where(p => p[0].Trim() == "v1").Any(p => Matches(expected, p[1].Trim()));
    }

    public static byte[] Compute(string secret, string timestamp, string payload) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));

    private static bool Matches(byte[] expected, string hex)
    {
        try
        {
            return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(hex));
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
