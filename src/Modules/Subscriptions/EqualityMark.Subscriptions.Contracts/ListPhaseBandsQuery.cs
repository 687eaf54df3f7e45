using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>The authority's phase bands for its administrators, with the school phases no band covers yet.</summary>
public sealed record ListPhaseBandsQuery : IQuery<PhaseBandsDto>;
