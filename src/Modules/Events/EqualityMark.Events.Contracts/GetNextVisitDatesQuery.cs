using EqualityMark.Shared.Messaging;

namespace EqualityMark.Events.Contracts;

/// <summary>The date of each school's next confirmed visit from today (schools with none are absent). For review deadlines.</summary>
public sealed record GetNextVisitDatesQuery(IReadOnlyList<Guid> SchoolIds) : IQuery<IReadOnlyDictionary<Guid, DateOnly>>;
