using EqualityMark.Shared.Messaging;
using FluentValidation;
using MediatR;

namespace EqualityMark.ActionPlanning.Features.Settings;

internal sealed record ActionPlanSettingsDto(int DueSoonDays, int QuietWeeks);

internal sealed record GetActionPlanSettingsQuery : IQuery<ActionPlanSettingsDto>;

internal sealed record UpdateActionPlanSettingsCommand(int? DueSoonDays, int? QuietWeeks) : ICommand<Unit>;

internal sealed class UpdateActionPlanSettingsValidator : AbstractValidator<UpdateActionPlanSettingsCommand>
{
    public UpdateActionPlanSettingsValidator()
    {
        RuleFor(c => c.DueSoonDays).NotNull().WithMessage("Enter the number of days before an action is due")
            .InclusiveBetween(1, 60).WithMessage("Days before an action is due must be between 1 and 60");
        RuleFor(c => c.QuietWeeks).NotNull().WithMessage("Enter the number of weeks without an update")
            .InclusiveBetween(1, 26).WithMessage("Weeks without an update must be between 1 and 26");
    }
}
