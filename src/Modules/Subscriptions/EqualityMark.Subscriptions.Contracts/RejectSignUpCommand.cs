using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Turns a sign-up down with a reason, which is emailed to the co-ordinator.</summary>
public sealed record RejectSignUpCommand(Guid SignUpId, string Reason) : ICommand<SignUpDto>;
