using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// Creates the school (if new), invites its co-ordinator and starts a subscription awaiting payment, for this
/// school year or the next. Left empty, the next year is chosen in the last two months of the year (a sign-up in
/// late summer is for September), this year otherwise.
/// </summary>
public sealed record ApproveSignUpCommand(Guid SignUpId, SubscriptionYear? Year = null) : ICommand<SignUpDto>;
