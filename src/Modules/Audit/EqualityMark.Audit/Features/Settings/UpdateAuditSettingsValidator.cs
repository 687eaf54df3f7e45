using FluentValidation;

namespace EqualityMark.Audit.Features.Settings;

internal sealed class UpdateAuditSettingsValidator : AbstractValidator<UpdateAuditSettingsCommand>
{
    public UpdateAuditSettingsValidator()
    {
        RuleFor(c => c.SuppressionThreshold).NotNull().InclusiveBetween(1, 50).WithMessage("Enter a threshold from 1 to 50");
        RuleFor(c => c.AuditDueMonth).NotNull().InclusiveBetween(1, 12).WithMessage("Enter a month from 1 to 12");
        RuleFor(c => c.DelegationReminderDays).NotNull().InclusiveBetween(1, 90).WithMessage("Enter a number of days from 1 to 90");
        RuleFor(c => c.SubmissionReminderDays).NotNull().InclusiveBetween(1, 90).WithMessage("Enter a number of days from 1 to 90");
    }
}
