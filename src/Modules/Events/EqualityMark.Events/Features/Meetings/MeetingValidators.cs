using FluentValidation;

namespace EqualityMark.Events.Features.Meetings;

internal sealed class CreateMeetingValidator : AbstractValidator<CreateMeetingCommand>
{
    public CreateMeetingValidator(TimeProvider clock) => Include(new MeetingFieldsValidator(clock));
}

internal sealed class UpdateMeetingValidator : AbstractValidator<UpdateMeetingCommand>
{
    public UpdateMeetingValidator(TimeProvider clock)
    {
        Include(new MeetingFieldsValidator(clock));
        RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Say which version of the meeting you changed (its version number)");
    }
}

internal sealed class MeetingFieldsValidator : AbstractValidator<IMeetingFields>
{
    public MeetingFieldsValidator(TimeProvider clock)
    {
        RuleFor(c => c.Term).NotEmpty().WithMessage("Enter the term, for example Spring 2027").MaximumLength(60);
        RuleFor(c => c.Title).NotEmpty().WithMessage("Enter a title").MaximumLength(200);
        RuleFor(c => c.StartsAt).NotNull().WithMessage("Enter when the meeting starts")
            .GreaterThan(_ => clock.GetUtcNow()).WithMessage("The meeting must be in the future");
        RuleFor(c => c.EndsAt).NotNull().WithMessage("Enter when the meeting ends")
            .GreaterThan(c => c.StartsAt).When(c => c.StartsAt is not null, ApplyConditionTo.CurrentValidator).WithMessage("The meeting must end after it starts");
        RuleFor(c => c.Capacity).NotNull().WithMessage("Enter how many places there are")
            .InclusiveBetween(1, 2000).WithMessage("Enter a number of places from 1 to 2,000");
        RuleFor(c => c.BookingDeadline).NotNull().WithMessage("Enter the booking deadline")
            .LessThanOrEqualTo(c => c.StartsAt).When(c => c.StartsAt is not null, ApplyConditionTo.CurrentValidator).WithMessage("Booking must close before the meeting starts");
        RuleFor(c => c).Must(c => !string.IsNullOrWhiteSpace(c.Venue) || !string.IsNullOrWhiteSpace(c.OnlineLink))
            .WithName("Venue").WithMessage("Enter a venue or an online link");
        RuleFor(c => c.OnlineLink).Must(link => string.IsNullOrWhiteSpace(link) || Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            .WithMessage("Enter the online link as a full https:// address");
    }
}

internal sealed class BookPlacesValidator : AbstractValidator<BookPlacesCommand>
{
    public BookPlacesValidator()
    {
        RuleFor(c => c.Attendees).NotEmpty().WithMessage("Enter who will attend")
            .Must(a => a is null || a.Count <= 10).WithMessage("Book at most 10 representatives at once");
        RuleForEach(c => c.Attendees).ChildRules(attendee =>
        {
            attendee.RuleFor(a => a.Name).NotEmpty().WithMessage("Enter who will attend").MaximumLength(200);
            attendee.RuleFor(a => a.Email).NotEmpty().WithMessage("Enter their email address")
                .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org");
        });
    }
}

internal sealed class TransferBookingValidator : AbstractValidator<TransferBookingCommand>
{
    public TransferBookingValidator()
    {
        RuleFor(c => c.AttendeeName).NotEmpty().WithMessage("Enter who will attend instead").MaximumLength(200);
        RuleFor(c => c.AttendeeEmail).NotEmpty().WithMessage("Enter their email address").EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org");
    }
}

internal sealed class MessageBookedValidator : AbstractValidator<MessageBookedCommand>
{
    public MessageBookedValidator()
    {
        RuleFor(c => c.Subject).NotEmpty().WithMessage("Enter a subject").MaximumLength(200);
        RuleFor(c => c.Body).NotEmpty().WithMessage("Enter the message").MaximumLength(8000);
    }
}

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendanceCommand>
{
    public RecordAttendanceValidator() => RuleFor(c => c.Attendance).NotNull().WithMessage("Choose attended, apologies or no-show").IsInEnum();
}
