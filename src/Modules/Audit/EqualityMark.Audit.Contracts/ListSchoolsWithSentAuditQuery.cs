using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Contracts;

/// <summary>The schools (ids) whose audit for the academic year has been sent to the team. Authority staff only see them all.</summary>
public sealed record ListSchoolsWithSentAuditQuery(int AcademicYear) : IQuery<IReadOnlyList<Guid>>;
