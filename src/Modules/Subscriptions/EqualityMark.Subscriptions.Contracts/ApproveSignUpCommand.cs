using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Creates the school (if new), invites its co-ordinator and starts a subscription awaiting payment.</summary>
public sealed record ApproveSignUpCommand(Guid SignUpId) : ICommand<SignUpDto>;
