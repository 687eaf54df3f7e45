using EqualityMark.Organisations.Contracts;
using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.SignUps;

internal sealed class SubmitSignUpValidator : AbstractValidator<SubmitSignUpCommand>
{
    public SubmitSignUpValidator()
    {
        RuleFor(c => c.SchoolName).NotEmpty().WithMessage("Enter the school's name").MaximumLength(200).WithMessage("School name must be 200 characters or fewer");
        RuleFor(c => c.Urn).Matches("^[0-9]{6}$").WithMessage("Enter the school's URN: 6 digits, like 119234");
        RuleFor(c => c.Phase).Must(p => Enum.TryParse<SchoolPhase>(p, out var phase) && Enum.IsDefined(phase) && !int.TryParse(p, out _))
            .WithMessage("Choose the school's phase");
        RuleFor(c => c.SchoolType).Must(t => Enum.TryParse<SchoolType>(t, out var type) && Enum.IsDefined(type) && !int.TryParse(t, out _))
            .When(c => c.SchoolType is not null).WithMessage("Choose the type of school");
        RuleFor(c => c.AddressLine1).NotEmpty().WithMessage("Enter the first line of the address").MaximumLength(200);
        RuleFor(c => c.Town).NotEmpty().WithMessage("Enter the town").MaximumLength(100);
        RuleFor(c => c.Postcode).NotEmpty().WithMessage("Enter the postcode").MaximumLength(10).WithMessage("Enter a real postcode");
        RuleFor(c => c.CoordinatorName).NotEmpty().WithMessage("Enter the equality co-ordinator's full name").MaximumLength(200);
        RuleFor(c => c.CoordinatorEmail).NotEmpty().WithMessage("Enter the co-ordinator's email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@school.sch.uk").MaximumLength(256);
        RuleFor(c => c.PackageId).NotNull().WithMessage("Choose a package");
        RuleFor(c => c.PaymentMethod).NotNull().WithMessage("Choose how the school will pay").IsInEnum().WithMessage("Choose how the school will pay");
        RuleFor(c => c.PurchaseOrderNumber).NotEmpty().WithMessage(PurchaseOrderRule.Missing)
            .When(c => PurchaseOrderRule.IsRequiredFor(c.PaymentMethod));
        RuleFor(c => c.PurchaseOrderNumber).MaximumLength(PurchaseOrderRule.MaximumLength).WithMessage(PurchaseOrderRule.TooLong);
    }
}
