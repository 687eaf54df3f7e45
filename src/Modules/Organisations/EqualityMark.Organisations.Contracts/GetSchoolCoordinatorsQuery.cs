using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>
/// The school's active equality co-ordinators, for a notice another module sends to the school whoever's action caused it
/// (e.g. places coming free when someone from another school cancels). Names and emails only.
/// </summary>
public sealed record GetSchoolCoordinatorsQuery(Guid SchoolId) : IQuery<IReadOnlyList<SchoolContactDto>>;
