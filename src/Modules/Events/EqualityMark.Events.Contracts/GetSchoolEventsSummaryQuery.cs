using EqualityMark.Shared.Messaging;

namespace EqualityMark.Events.Contracts;

/// <summary>A school's visits and network meeting places for its one view; staff or the school's own people, otherwise not found.</summary>
public sealed record GetSchoolEventsSummaryQuery(Guid SchoolId) : IQuery<SchoolEventsSummaryDto>;
