using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Contracts;

/// <summary>The summary grid of a school's latest audit, or null when it has none.</summary>
public sealed record GetCurrentGridQuery(Guid SchoolId) : IQuery<SummaryGridDto?>;
