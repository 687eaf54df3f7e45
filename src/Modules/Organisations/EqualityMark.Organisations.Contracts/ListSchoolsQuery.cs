using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>Schools the current user may see: all of the authority's for staff, their own for school users.</summary>
public sealed record ListSchoolsQuery(SchoolPhase? Phase = null) : IQuery<IReadOnlyList<SchoolDto>>;
