using FluentValidation;

namespace EqualityMark.Organisations.Features.Setup;

internal sealed class SaveEmailSenderValidator : AbstractValidator<SaveEmailSenderCommand>
{
    public SaveEmailSenderValidator()
    {
        // Line breaks or angle brackets in a display name would let it rewrite the email's headers.
        RuleFor(c => c.SenderName).MaximumLength(100).WithMessage("The sender name must be 100 characters or fewer")
            .Matches(@"^[^\r\n<>""]*$").WithMessage("The sender name cannot contain line breaks, quotation marks or angle brackets");
        RuleFor(c => c.ReplyTo).MaximumLength(320).WithMessage("The reply-to address must be 320 characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like equality@council.gov.uk")
            .When(c => !string.IsNullOrWhiteSpace(c.ReplyTo));
    }
}
