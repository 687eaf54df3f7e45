namespace EqualityMark.Subscriptions.Features;

/// <summary>The body of an API call that needs only a reason (reject a sign-up, cancel a subscription).</summary>
internal sealed record ReasonRequest(string? Reason);
