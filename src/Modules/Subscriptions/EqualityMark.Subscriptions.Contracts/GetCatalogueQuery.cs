using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>The current authority's catalogue. Anyone may read it; retired packages only if asked for.</summary>
public sealed record GetCatalogueQuery(bool IncludeRetired = false) : IQuery<CatalogueDto>;
