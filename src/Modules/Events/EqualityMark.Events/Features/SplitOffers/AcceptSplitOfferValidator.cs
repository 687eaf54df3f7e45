using FluentValidation;

namespace EqualityMark.Events.Features.SplitOffers;

internal sealed class AcceptSplitOfferValidator : AbstractValidator<AcceptSplitOfferCommand>
{
    public AcceptSplitOfferValidator() =>
        RuleFor(c => c.BookingIds).NotEmpty().WithMessage("Choose who takes the places that are free");
}
