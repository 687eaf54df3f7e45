using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Contracts;

/// <summary>When the school's audit for the academic year was sent to the team (null: not sent). Visits check this.</summary>
public sealed record GetAuditSubmittedDateQuery(Guid SchoolId, int AcademicYear) : IQuery<DateTimeOffset?>;
