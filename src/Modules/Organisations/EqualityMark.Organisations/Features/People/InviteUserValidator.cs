using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using FluentValidation;

namespace EqualityMark.Organisations.Features.People;

internal sealed class InviteUserValidator : AbstractValidator<InviteUserCommand>
{
    public InviteUserValidator()
    {
        RuleFor(c => c.FullName).NotEmpty().WithMessage("Enter the person's full name").MaximumLength(200);
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter an email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org")
            .MaximumLength(256);
        RuleFor(c => c.Role).Must(role => Roles.TenantRoles.Contains(role)).WithMessage("Choose a role");
        RuleFor(c => c.SchoolId).NotNull().When(c => Roles.IsSchoolRole(c.Role))
            .WithMessage("Choose the school this person belongs to");
        RuleFor(c => c.SchoolId).Null().When(c => Roles.IsAuthorityStaff(c.Role))
            .WithMessage("Authority staff do not belong to a school");
    }
}
