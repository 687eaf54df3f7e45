using FluentValidation;

namespace EqualityMark.Organisations.Features.Account;

internal static class EmailAddressRule
{
    /// <summary>The address someone signs in with: present, not absurdly long, shaped like an email address.</summary>
    public static IRuleBuilderOptions<T, string> SignInEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Enter your email address")
            .MaximumLength(320).WithMessage("Enter an email address of 320 characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");
}
