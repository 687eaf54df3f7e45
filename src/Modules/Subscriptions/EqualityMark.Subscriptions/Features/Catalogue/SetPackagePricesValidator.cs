using EqualityMark.Subscriptions.Contracts;
using FluentValidation;

namespace EqualityMark.Subscriptions.Features.Catalogue;

internal sealed class SetPackagePricesValidator : AbstractValidator<SetPackagePricesCommand>
{
    public SetPackagePricesValidator()
    {
        RuleFor(c => c.Prices).NotEmpty().WithMessage("Enter a price for each phase band");
        RuleForEach(c => c.Prices).Must(p => p.AmountPence >= 0).WithMessage("Enter a price of £0 or more")
            .Must(p => p.AmountPence <= 1_000_000_000).WithMessage("Enter a price under £10,000,000");
        RuleFor(c => c.Prices).Must(p => p.Select(x => x.PhaseBandId).Distinct().Count() == p.Count)
            .WithMessage("Give each phase band one price").When(c => c.Prices is not null);
    }
}
