using EqualityMark.Audit.Contracts;

namespace EqualityMark.Audit.Domain;

/// <summary>Derives one grid cell from its judgements by the framework's rule.</summary>
internal static class GridCellRule
{
    public static Rating Derive(GridRule rule, IEnumerable<Rating> ratings)
    {
        var assessed = ratings.Where(r => r != Rating.NotAssessed).ToList();
        if (assessed.Count == 0)
        {
            return Rating.NotAssessed;
        }

        return rule switch
        {
            GridRule.Modal => assessed.GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key,
            _ => assessed.Min(),
        };
    }
}
