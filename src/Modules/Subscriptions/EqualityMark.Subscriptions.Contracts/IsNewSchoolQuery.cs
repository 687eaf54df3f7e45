using EqualityMark.Shared.Messaging;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// Whether the school is new to the programme: the subscription giving it access today is its first paid year with the
/// authority (no paid subscription for an earlier period). Not found when nothing gives it access (ADR 0020).
/// </summary>
public sealed record IsNewSchoolQuery(Guid SchoolId) : IQuery<bool>;
