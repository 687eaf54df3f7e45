using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>One school, if the current user may see it; otherwise not found.</summary>
public sealed record GetSchoolQuery(Guid SchoolId) : IQuery<SchoolDto>;
