using FluentValidation;

namespace EqualityMark.Accreditation.Features.Summaries;

internal sealed class StartSummaryValidator : AbstractValidator<StartSummaryCommand>
{
    public StartSummaryValidator()
    {
        RuleFor(c => c.StrandKey).NotEmpty().WithMessage("Choose a badge");
    }
}

internal sealed class SaveSummaryValidator : AbstractValidator<SaveSummaryCommand>
{
    public SaveSummaryValidator()
    {
        RuleFor(c => c.ActionsTaken).MaximumLength(8000).WithMessage("The actions you took must be 8,000 characters or fewer");
        RuleFor(c => c.OutcomesAchieved).MaximumLength(8000).WithMessage("The outcomes you achieved must be 8,000 characters or fewer");
        RuleFor(c => c.PupilVoice).MaximumLength(4000).WithMessage("Pupil voice must be 4,000 characters or fewer");
    }
}

internal sealed class RespondToSummaryValidator : AbstractValidator<RespondToSummaryCommand>
{
    public RespondToSummaryValidator()
    {
        RuleFor(c => c.Text).NotEmpty().WithMessage("Enter your response")
            .MaximumLength(4000).WithMessage("Your response must be 4,000 characters or fewer");
    }
}
