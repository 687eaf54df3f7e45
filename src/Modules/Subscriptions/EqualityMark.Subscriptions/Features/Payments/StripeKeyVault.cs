using EqualityMark.Subscriptions.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>Encrypts and decrypts an authority's Stripe keys (ASP.NET Core data protection, keys shared in the database).</summary>
internal sealed class StripeKeyVault(SubscriptionsDbContext db, IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("EqualityMark.Subscriptions.StripeKeys.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string SecretKeyOf(Domain.StripeAccount account) => _protector.Unprotect(account.ProtectedSecretKey);

    public async Task<(string SecretKey, string WebhookSecret)?> ReadAsync(CancellationToken cancellationToken)
    {
        var account = await db.StripeAccounts.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return account is null ? null : (_protector.Unprotect(account.ProtectedSecretKey), _protector.Unprotect(account.ProtectedWebhookSecret));
    }

    /// <summary>"sk_test_…4242": enough to recognise a key, never enough to use it.</summary>
    public static string HintFor(string secretKey)
    {
        var prefix = secretKey.StartsWith("sk_live_", StringComparison.Ordinal) ? "sk_live_" : secretKey.StartsWith("sk_test_", StringComparison.Ordinal) ? "sk_test_" : secretKey[..3];
        return $"{prefix}…{secretKey[^4..]}";
    }
}
