using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Domain;
using FluentValidation;

namespace EqualityMark.Organisations.Features.Tenants;

internal sealed class CreateTenantValidator : AbstractValidator<CreateTenantCommand>
{
    public CreateTenantValidator()
    {
        RuleFor(c => c.Code).Must(TenantCodeRule.IsValid)
            .WithMessage("Enter a code of 2 to 40 lowercase letters, digits or hyphens, such as 'westshire' (not www, platform, api, admin or localhost)");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Enter the local authority's name").MaximumLength(200).WithMessage("The authority's name must be 200 characters or fewer");
        RuleFor(c => c.ProgrammeName).NotEmpty().WithMessage("Enter the name of the authority's equality mark").MaximumLength(200).WithMessage("The mark's name must be 200 characters or fewer");
        RuleFor(c => c.ContactEmail).NotEmpty().WithMessage("Enter a contact email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org").MaximumLength(320);
        RuleFor(c => c.AdministratorName).NotEmpty().WithMessage("Enter the first administrator's full name").MaximumLength(200).WithMessage("The name must be 200 characters or fewer");
        RuleFor(c => c.AdministratorEmail).NotEmpty().WithMessage("Enter the first administrator's email address")
            .EmailAddress().WithMessage("Enter the administrator's email address in the correct format, like name@example.org").MaximumLength(320);
    }
}
