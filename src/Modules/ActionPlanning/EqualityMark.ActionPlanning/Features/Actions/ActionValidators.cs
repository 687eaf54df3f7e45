using FluentValidation;

namespace EqualityMark.ActionPlanning.Features.Actions;

internal sealed class AddActionValidator : AbstractValidator<AddActionCommand>
{
    public AddActionValidator() =>
        ActionRules.Apply(this, c => c.Description, c => c.OwnerUserId, c => c.StartOn, c => c.DueOn, c => c.Resources, c => c.Cost);
}

internal sealed class UpdateActionValidator : AbstractValidator<UpdateActionCommand>
{
    public UpdateActionValidator() =>
        ActionRules.Apply(this, c => c.Description, c => c.OwnerUserId, c => c.StartOn, c => c.DueOn, c => c.Resources, c => c.Cost);
}

internal sealed class RecordProgressValidator : AbstractValidator<RecordProgressCommand>
{
    public RecordProgressValidator()
    {
        RuleFor(c => c.Status).NotNull().WithMessage("Choose the action's status").IsInEnum().WithMessage("Choose the action's status");
        RuleFor(c => c.Progress).IsInEnum().WithMessage("Choose a progress rating");
        RuleFor(c => c.Note).NotEmpty().WithMessage("Write a progress note: what was done and what changed")
            .MaximumLength(4000).WithMessage("Progress note must be 4,000 characters or fewer");
        RuleFor(c => c.DroppedReason).NotEmpty().When(c => c.Status == ActionPlanning.Contracts.ActionStatus.Dropped)
            .WithMessage("Say why the action is being dropped").MaximumLength(1000).WithMessage("Reason must be 1,000 characters or fewer");
    }
}
