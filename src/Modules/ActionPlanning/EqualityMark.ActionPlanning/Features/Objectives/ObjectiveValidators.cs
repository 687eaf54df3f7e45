using FluentValidation;

namespace EqualityMark.ActionPlanning.Features.Objectives;

internal sealed class CreateObjectiveValidator : AbstractValidator<CreateObjectiveCommand>
{
    public CreateObjectiveValidator()
    {
        ObjectiveRules.Apply(this, c => c.Title, c => c.Cells, c => c.SipReference, c => c.SipPriority, c => c.SuccessCriteria, c => c.ReviewOn);
        RuleFor(c => c.AcademicYear).InclusiveBetween(2000, 2100).WithMessage("Choose a school year");
    }
}

internal sealed class UpdateObjectiveValidator : AbstractValidator<UpdateObjectiveCommand>
{
    public UpdateObjectiveValidator() =>
        ObjectiveRules.Apply(this, c => c.Title, c => c.Cells, c => c.SipReference, c => c.SipPriority, c => c.SuccessCriteria, c => c.ReviewOn);
}

internal sealed class RecordImpactValidator : AbstractValidator<RecordImpactCommand>
{
    public RecordImpactValidator()
    {
        RuleFor(c => c.WhatChanged).NotEmpty().WithMessage("Say what changed").MaximumLength(4000).WithMessage("What changed must be 4,000 characters or fewer");
        RuleFor(c => c.StrandKey).NotEmpty().WithMessage("Choose the strand the group belongs to");
        RuleFor(c => c.Group).NotEmpty().WithMessage("Say which group, for example pupils with SEND – never name a pupil")
            .MaximumLength(200).WithMessage("Group must be 200 characters or fewer");
        RuleFor(c => c.Measure).MaximumLength(200).WithMessage("Measure must be 200 characters or fewer");
        RuleFor(c => c.Before).MaximumLength(100).WithMessage("Before must be 100 characters or fewer");
        RuleFor(c => c.After).MaximumLength(100).WithMessage("After must be 100 characters or fewer");
    }
}
