using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Contracts;

/// <summary>The summary grid of the school's audit for one academic year, or null when it has none that year.</summary>
public sealed record GetGridForYearQuery(Guid SchoolId, int AcademicYear) : IQuery<SummaryGridDto?>;
