using FluentValidation;

namespace EqualityMark.ActionPlanning.Features.Statement;

internal sealed class SaveStatementDraftValidator : AbstractValidator<SaveStatementDraftCommand>
{
    public const int NarrativeMaxLength = 8000;

    public const int IntroductionMaxLength = 4000;

    public SaveStatementDraftValidator()
    {
        RuleFor(c => c.InformationNarrative).MaximumLength(NarrativeMaxLength)
            .WithMessage($"The equality information must be {NarrativeMaxLength} characters or fewer");
        RuleFor(c => c.ObjectivesNarrative).MaximumLength(IntroductionMaxLength)
            .WithMessage($"The introduction to the objectives must be {IntroductionMaxLength} characters or fewer");
        RuleFor(c => c.ApprovedBy).MaximumLength(200).WithMessage("Who approved the statement must be 200 characters or fewer");
        RuleFor(c => c.Figures).Must(f => f is null || f.Count <= 100).WithMessage("Enter no more than 100 figures");
        RuleForEach(c => c.Figures).ChildRules(figure =>
        {
            figure.RuleFor(f => f.StrandKey).NotEmpty().WithMessage("Choose the strand this figure is about");
            figure.RuleFor(f => f.GroupLabel).NotEmpty().WithMessage("Enter the group this figure counts, for example pupils with SEND")
                .MaximumLength(200).WithMessage("The group must be 200 characters or fewer");
            figure.RuleFor(f => f.Count).NotNull().WithMessage("Enter how many, as a whole number")
                .GreaterThanOrEqualTo(0).WithMessage("The number must be 0 or more");
            figure.RuleFor(f => f.OutOf).GreaterThan(0).WithMessage("Out of must be more than 0")
                .Must((f, outOf) => outOf is null || f.Count is null || outOf >= f.Count).WithMessage("Out of must be at least the number counted");
        });
        RuleFor(c => c).Custom((c, context) =>
        {
            foreach (var (field, message) in ReviewDateRules.Check(c.ApprovedOn, c.ObjectivesReviewOn, c.InformationReviewOn))
            {
                context.AddFailure(field, message);
            }
        });
    }
}
