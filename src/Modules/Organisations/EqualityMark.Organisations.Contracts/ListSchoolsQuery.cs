using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>
/// Schools the current user may see: all of the authority's for staff, their own for school users. <paramref name="Except"/>
/// leaves out schools the caller has already accounted for (say, those with a visit), so only the rest are read.
/// </summary>
public sealed record ListSchoolsQuery(SchoolPhase? Phase = null, IReadOnlyCollection<Guid>? Except = null) : IQuery<IReadOnlyList<SchoolDto>>;
