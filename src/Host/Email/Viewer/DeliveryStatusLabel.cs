using EqualityMark.Host.Platform;

namespace EqualityMark.Host.Email.Viewer;

/// <summary>What an email's state means to an administrator, in words.</summary>
internal static class DeliveryStatusLabel
{
    public const string Failed = "Could not be delivered";

    public static string For(OutboundEmailStatus status, int attempts) => status switch
    {
        OutboundEmailStatus.Sent => "Sent",
        OutboundEmailStatus.Recorded => "Kept here, not sent (no mail server)",
        OutboundEmailStatus.Failed => Failed,
        _ when attempts > 0 => "Not delivered yet, trying again",
        _ => "Waiting to be sent",
    };
}
