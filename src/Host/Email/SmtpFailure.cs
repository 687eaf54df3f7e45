using MailKit.Net.Smtp;
using MimeKit;

namespace EqualityMark.Host.Email;

/// <summary>Sorts a failed send into temporary (retry) or permanent (give up now), with a message for the mail page.</summary>
internal static class SmtpFailure
{
    private const int MaxErrorLength = 1000;

    public static DeliveryResult Classify(Exception exception) => exception switch
    {
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } command
            when (int)command.StatusCode is >= 500 and < 600 =>
            new(DeliveryOutcome.PermanentFailure, Describe(command)),
        SmtpCommandException command => new(DeliveryOutcome.TemporaryFailure, Describe(command)),
        ParseException => new(DeliveryOutcome.PermanentFailure, "The email address is not valid."),
        OperationCanceledException or TimeoutException => new(DeliveryOutcome.TemporaryFailure, "The mail server did not answer in time."),
        _ => new(DeliveryOutcome.TemporaryFailure, Truncate(exception.Message)),
    };

    private static string Describe(SmtpCommandException exception) => Truncate($"{(int)exception.StatusCode} {exception.Message}");

    private static string Truncate(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
}
