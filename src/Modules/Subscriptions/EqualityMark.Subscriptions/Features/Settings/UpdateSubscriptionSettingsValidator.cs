using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Settings;

internal sealed class UpdateSubscriptionSettingsValidator : AbstractValidator<UpdateSubscriptionSettingsCommand>
{
    public UpdateSubscriptionSettingsValidator()
    {
        RuleFor(c => c.VatRatePercent).InclusiveBetween(0, 100).WithMessage("Enter a VAT rate from 0 to 100");
        RuleFor(c => c.VatBySchoolType).NotNull().WithMessage("Choose the VAT for each type of school");
        RuleFor(c => c.VatBySchoolType!.Maintained).NotNull().IsInEnum().WithMessage("Choose the VAT for maintained schools").When(c => c.VatBySchoolType is not null);
        RuleFor(c => c.VatBySchoolType!.Academy).NotNull().IsInEnum().WithMessage("Choose the VAT for academies").When(c => c.VatBySchoolType is not null);
        RuleFor(c => c.VatBySchoolType!.FreeSchool).NotNull().IsInEnum().WithMessage("Choose the VAT for free schools").When(c => c.VatBySchoolType is not null);
        RuleFor(c => c.VatBySchoolType!.Independent).NotNull().IsInEnum().WithMessage("Choose the VAT for independent schools").When(c => c.VatBySchoolType is not null);
        RuleFor(c => c.VatRegistrationNumber).NotEmpty().WithMessage("Enter the authority's VAT registration number: VAT is charged to some types of school")
            .When(c => ChargesVat(c.VatBySchoolType));
        RuleFor(c => c.VatRegistrationNumber).Must(UkVatNumber.IsValid)
            .WithMessage("Enter a real UK VAT registration number: GB then 9 digits, like GB980780684")
            .When(c => !string.IsNullOrWhiteSpace(c.VatRegistrationNumber));
        RuleFor(c => c.Address).NotNull().WithMessage("Enter the authority's postal address");
        RuleFor(c => c.Address!.Line1).NotEmpty().WithMessage("Enter address line 1, typically the building and street")
            .MaximumLength(200).WithMessage("Address line 1 must be 200 characters or fewer").When(c => c.Address is not null);
        RuleFor(c => c.Address!.Line2).MaximumLength(200).WithMessage("Address line 2 must be 200 characters or fewer").When(c => c.Address is not null);
        RuleFor(c => c.Address!.Town).NotEmpty().WithMessage("Enter town or city")
            .MaximumLength(100).WithMessage("Town or city must be 100 characters or fewer").When(c => c.Address is not null);
        RuleFor(c => c.Address!.Postcode).NotEmpty().WithMessage("Enter postcode")
            .Must(UkPostcode.IsValid).WithMessage("Enter a real postcode, like PR1 8XJ").When(c => c.Address is not null);
        RuleFor(c => c.YearStartMonth).InclusiveBetween(1, 12).WithMessage("Enter a month from 1 to 12");
        // Up to the 28th, so every year has the day (no 29 February start).
        RuleFor(c => c.YearStartDay).InclusiveBetween(1, 28).WithMessage("Enter a day from 1 to 28");
        RuleFor(c => c.PaymentTermsDays).InclusiveBetween(0, 365).WithMessage("Enter payment terms from 0 to 365 days");
        RuleFor(c => c.LapseGraceDays).InclusiveBetween(0, 365).WithMessage("Enter a grace period from 0 to 365 days");
    }

    private static bool ChargesVat(VatBySchoolTypeDto? vat) =>
        vat is not null && new[] { vat.Maintained, vat.Academy, vat.FreeSchool, vat.Independent }.Contains(VatTreatment.StandardRate);
}
