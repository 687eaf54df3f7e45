using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Settings;

internal sealed class UpdateSubscriptionSettingsValidator : AbstractValidator<UpdateSubscriptionSettingsCommand>
{
    public UpdateSubscriptionSettingsValidator()
    {
        RuleFor(c => c.VatMode).NotNull().WithMessage("Choose how VAT applies").IsInEnum().WithMessage("Choose how VAT applies");
        RuleFor(c => c.VatRatePercent).InclusiveBetween(0, 100).WithMessage("Enter a VAT rate from 0 to 100");
        RuleFor(c => c.YearStartMonth).InclusiveBetween(1, 12).WithMessage("Enter a month from 1 to 12");
        // Up to the 28th, so every year has the day (no 29 February start).
        RuleFor(c => c.YearStartDay).InclusiveBetween(1, 28).WithMessage("Enter a day from 1 to 28");
        RuleFor(c => c.PaymentTermsDays).InclusiveBetween(0, 365).WithMessage("Enter payment terms from 0 to 365 days");
        RuleFor(c => c.LapseGraceDays).InclusiveBetween(0, 365).WithMessage("Enter a grace period from 0 to 365 days");
    }
}
