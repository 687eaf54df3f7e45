using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Domain;
using FluentValidation;

namespace EqualityMark.Organisations.Features.Tenants;

internal sealed class CreateTenantValidator : AbstractValidator<CreateTenantCommand>
{
    public CreateTenantValidator()
    {
        RuleFor(c => c.Code).Must(TenantCodeRule.IsValid)
            .WithMessage("Enter a code of 2 to 40 lowercase letters, digits or hyphens, such as 'lancashire'");
        RuleFor(c => c.Name).NotEmpty().WithMessage("Enter the local authority's name").MaximumLength(200);
        RuleFor(c => c.ProgrammeName).NotEmpty().WithMessage("Enter the name of the authority's equality mark").MaximumLength(200);
        RuleFor(c => c.ContactEmail).NotEmpty().WithMessage("Enter a contact email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org").MaximumLength(320);
        RuleFor(c => c.Status).IsInEnum().WithMessage("Choose a status");
    }
}
