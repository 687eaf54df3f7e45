using EqualityMark.Organisations.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EqualityMark.Organisations.Features.Account.ForgottenPassword;

/// <summary>
/// Tokens for "forgot your password" links: an hour long, unlike invitation links, and bound to the security stamp,
/// so a link stops working once the password is changed.
/// </summary>
internal sealed class ForgottenPasswordTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<ForgottenPasswordTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<User>> logger)
    : DataProtectorTokenProvider<User>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "ForgottenPassword";
    public const string Purpose = "ForgottenPassword";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
}

internal sealed class ForgottenPasswordTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public ForgottenPasswordTokenProviderOptions()
    {
        Name = ForgottenPasswordTokenProvider.ProviderName;
        TokenLifespan = ForgottenPasswordTokenProvider.Lifetime;
    }
}
