using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Contracts;

/// <summary>The badges of the current authority's mark (from its latest published framework). Public information.</summary>
public sealed record GetBadgesQuery : IQuery<IReadOnlyList<BadgeDto>>;
