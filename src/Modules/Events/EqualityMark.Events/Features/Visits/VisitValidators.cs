using FluentValidation;

namespace EqualityMark.Events.Features.Visits;

internal sealed class RequestVisitValidator : AbstractValidator<RequestVisitCommand>
{
    public RequestVisitValidator()
    {
        RuleFor(c => c.Kind).NotNull().WithMessage("Choose the kind of visit").IsInEnum().WithMessage("Choose the kind of visit");
        RuleFor(c => c.Focus).NotEmpty().WithMessage("Say what the visit should focus on").MaximumLength(2000);
        RuleFor(c => c.ProposedDates).NotEmpty().WithMessage("Give some dates and times that suit the school").MaximumLength(1000);
    }
}

internal sealed class ConfirmVisitValidator : AbstractValidator<ConfirmVisitCommand>
{
    public ConfirmVisitValidator()
    {
        RuleFor(c => c.AdvisorId).NotNull().WithMessage("Choose an advisor");
        RuleFor(c => c.StartsAt).NotNull().WithMessage("Enter when the visit starts")
            .Must(AvailabilityTimesValidator.Readable).When(c => c.StartsAt is not null, ApplyConditionTo.CurrentValidator).WithMessage("Enter a start on a real date from 1901 to 2199");
        RuleFor(c => c.EndsAt).NotNull().WithMessage("Enter when the visit ends")
            .Must(AvailabilityTimesValidator.Readable).When(c => c.EndsAt is not null, ApplyConditionTo.CurrentValidator).WithMessage("Enter an end on a real date from 1901 to 2199")
            .GreaterThan(c => c.StartsAt).When(c => c.StartsAt is not null, ApplyConditionTo.CurrentValidator).WithMessage("The visit must end after it starts");
    }
}

internal sealed class RecordVisitValidator : AbstractValidator<RecordVisitCommand>
{
    public RecordVisitValidator() => RuleFor(c => c.Record).NotEmpty().WithMessage("Write the visit record").MaximumLength(8000);
}

internal sealed class RespondToVisitValidator : AbstractValidator<RespondToVisitCommand>
{
    public RespondToVisitValidator() =>
        RuleFor(c => c.Comment).NotEmpty().When(c => !c.Agree).WithMessage("Write your comment on the record").MaximumLength(8000);
}
