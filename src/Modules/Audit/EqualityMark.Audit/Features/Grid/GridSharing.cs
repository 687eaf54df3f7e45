using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Security;

namespace EqualityMark.Audit.Features.Grid;

/// <summary>
/// What a reference group member sees of the summary grid (DOMAIN.md): nothing until the co-ordinator shares it, then the
/// ratings only — not which cells were overridden, why, or the history of changes. Everyone else sees it all.
/// </summary>
internal static class GridSharing
{
    public const string NotSharedMessage = "Your school's co-ordinator has not shared the summary grid with the reference group yet.";

    public static bool SeesWholeGrid(ICurrentUser user) => user.Role != Roles.SchoolMember;

    public static bool IsVisibleTo(ICurrentUser user, DateTimeOffset? sharedAt) => SeesWholeGrid(user) || sharedAt is not null;

    /// <summary>The grid as a member sees it: each cell's rating, with no trace of an override.</summary>
    public static SummaryGridDto RatingsOnly(SummaryGridDto grid) =>
        grid with { Cells = grid.Cells.Select(c => new GridCellDto(c.ElementKey, c.StrandKey, c.Rating, null, null)).ToList() };
}
