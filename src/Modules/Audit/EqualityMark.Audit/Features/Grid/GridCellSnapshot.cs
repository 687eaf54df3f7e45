using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Domain;

namespace EqualityMark.Audit.Features.Grid;

/// <summary>
/// One grid cell as read once: its override (if any) and its judgements' ratings. A save tells the cell's rating
/// before and after from the same read (<see cref="With"/>) instead of reading the cell twice.
/// </summary>
internal sealed record GridCellSnapshot(GridRule Rule, Rating? Override, IReadOnlyDictionary<Guid, Rating> Ratings)
{
    public Rating Rating => Override ?? GridCellRule.Derive(Rule, Ratings.Values);

    public GridCellSnapshot With(Guid judgementId, Rating rating) =>
        this with { Ratings = new Dictionary<Guid, Rating>(Ratings) { [judgementId] = rating } };
}
