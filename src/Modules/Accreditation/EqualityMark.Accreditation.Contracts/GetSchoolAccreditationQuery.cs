using EqualityMark.Shared.Messaging;

namespace EqualityMark.Accreditation.Contracts;

/// <summary>The school's summaries and awards per badge, if the current user may see the school; otherwise not found.</summary>
public sealed record GetSchoolAccreditationQuery(Guid SchoolId) : IQuery<SchoolAccreditationDto>;
