using Microsoft.AspNetCore.Identity;

namespace EqualityMark.Organisations.Features.Account;

/// <summary>
/// Checks a password against a hash nobody's password matches, so a sign-in for an email with no account costs the
/// same time as one for a real account: response times don't reveal who has an account.
/// </summary>
internal static class UnknownPasswords
{
    private static readonly PasswordHasher<object> Hasher = new();

    private static readonly Lazy<string> Hash = new(() => Hasher.HashPassword(new object(), Guid.NewGuid().ToString()));

    public static void Verify(string? password) =>
        Hasher.VerifyHashedPassword(new object(), Hash.Value, password ?? string.Empty);
}
