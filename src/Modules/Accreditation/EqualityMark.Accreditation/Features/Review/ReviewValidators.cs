using EqualityMark.Shared.Time;
using FluentValidation;

namespace EqualityMark.Accreditation.Features.Review;

internal sealed class ReturnSummaryValidator : AbstractValidator<ReturnSummaryCommand>
{
    public ReturnSummaryValidator()
    {
        RuleFor(c => c.Comments).NotEmpty().WithMessage("Say what the school needs to change")
            .MaximumLength(4000).WithMessage("Comments must be 4,000 characters or fewer");
    }
}

internal sealed class AcceptSummaryValidator : AbstractValidator<AcceptSummaryCommand>
{
    public AcceptSummaryValidator()
    {
        RuleFor(c => c.Comments).MaximumLength(4000).WithMessage("Comments must be 4,000 characters or fewer");
    }
}

internal sealed class RecordOutcomeValidator : AbstractValidator<RecordOutcomeCommand>
{
    public RecordOutcomeValidator(TimeProvider clock)
    {
        RuleFor(c => c.Outcome).NotNull().WithMessage("Select whether the badge is awarded");
        RuleFor(c => c.VisitedOn).NotNull().WithMessage("Enter the date of the visit")
            .Must(d => d is null || d <= UkTime.Today(clock)).WithMessage("The date of the visit must be today or in the past");
        RuleFor(c => c.Comments).MaximumLength(4000).WithMessage("Comments must be 4,000 characters or fewer");
        When(c => c.Outcome == VisitOutcome.NotYet, () =>
        {
            RuleFor(c => c.Comments).NotEmpty().WithMessage("Say why the badge is not awarded yet");
            RuleFor(c => c.NextSteps).NotEmpty().WithMessage("Say what the school should do next")
                .MaximumLength(4000).WithMessage("Next steps must be 4,000 characters or fewer");
        });
    }
}
