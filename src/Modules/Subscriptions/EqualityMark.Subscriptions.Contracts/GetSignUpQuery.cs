using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

public sealed record GetSignUpQuery(Guid SignUpId) : IQuery<SignUpDto>;
