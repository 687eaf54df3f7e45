using EqualityMark.Shared.Messaging;

namespace EqualityMark.Accreditation.Contracts;

/// <summary>A school's badges and Mark in people's words for its one view; staff or the school's own people, otherwise not found.</summary>
public sealed record GetSchoolAccreditationSummaryQuery(Guid SchoolId) : IQuery<SchoolAccreditationSummaryDto>;
