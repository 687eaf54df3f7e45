using FluentValidation;

namespace EqualityMark.Audit.Features.ReferenceGroups;

internal sealed class AddMemberValidator : AbstractValidator<AddMemberCommand>
{
    public AddMemberValidator()
    {
        RuleFor(c => c.FullName).NotEmpty().WithMessage("Enter the member's name").MaximumLength(200);
        RuleFor(c => c.Category).NotNull().WithMessage("Choose who the member is").IsInEnum().WithMessage("Choose who the member is");
    }
}

internal sealed class SetMeetingFrequencyValidator : AbstractValidator<SetMeetingFrequencyCommand>
{
    public SetMeetingFrequencyValidator() =>
        RuleFor(c => c.MeetingFrequency).NotEmpty().WithMessage("Enter how often the group meets, for example 'once a half term'").MaximumLength(200);
}

internal sealed class LogMeetingValidator : AbstractValidator<LogMeetingCommand>
{
    public LogMeetingValidator()
    {
        RuleFor(c => c.HeldOn).NotNull().WithMessage("Enter the date of the meeting");
        RuleFor(c => c.Attendees).NotEmpty().WithMessage("Enter who attended").MaximumLength(2000);
        RuleFor(c => c.Notes).MaximumLength(4000);
    }
}
