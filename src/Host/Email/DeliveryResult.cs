namespace EqualityMark.Host.Email;

/// <summary>What became of one attempt to hand an email to the mail server.</summary>
internal sealed record DeliveryResult(DeliveryOutcome Outcome, string? Error = null)
{
    public static readonly DeliveryResult Delivered = new(DeliveryOutcome.Delivered);
}
