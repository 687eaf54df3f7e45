using EqualityMark.Shared.Messaging;

namespace EqualityMark.Audit.Contracts;

/// <summary>The red and amber cells of a school's current grid — where an action plan starts.</summary>
public sealed record GetRedAmberCellsQuery(Guid SchoolId) : IQuery<IReadOnlyList<GridCellDto>>;
