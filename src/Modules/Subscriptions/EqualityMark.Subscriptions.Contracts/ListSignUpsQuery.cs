using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

public sealed record ListSignUpsQuery(SignUpStatus? Status = null) : IQuery<IReadOnlyList<SignUpDto>>;
