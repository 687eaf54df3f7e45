using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

public sealed record GetPhaseBandQuery(Guid Id) : IQuery<PhaseBandDetailsDto>;
