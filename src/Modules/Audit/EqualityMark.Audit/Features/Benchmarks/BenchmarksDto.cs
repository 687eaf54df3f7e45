using EqualityMark.Audit.Contracts;
using EqualityMark.Organisations.Contracts;

namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>
/// Schools of one phase: the authority's and all authorities', this year and last, per summary-grid cell; and, for a
/// school, its own rating of each cell. Counts are of schools whose audit was sent; a null count is withheld.
/// </summary>
public sealed record BenchmarksDto(
    Guid? AuditId,
    Guid? SchoolId,
    SchoolPhase Phase,
    IReadOnlyList<SchoolPhase> Phases,
    string AuthorityName,
    bool AuthorityShares,
    DateTimeOffset? ComputedAt,
    IReadOnlyList<NamedKeyDto> Elements,
    IReadOnlyList<NamedKeyDto> Strands,
    BenchmarkYearDto ThisYear,
    BenchmarkYearDto LastYear);

/// <summary>One academic year: whether each group is shown (and if not, why), and every cell.</summary>
public sealed record BenchmarkYearDto(int AcademicYear, BenchmarkGroupDto Authority, BenchmarkGroupDto AllAuthorities, IReadOnlyList<BenchmarkCellDto> Cells)
{
    public BenchmarkCellDto? Cell(string elementKey, string strandKey) => Cells.FirstOrDefault(c => c.ElementKey == elementKey && c.StrandKey == strandKey);
}

/// <param name="Schools">Schools in the group (null when the group is not shown).</param>
/// <param name="Authorities">For all authorities: how many contributed (null for the authority's own group).</param>
/// <param name="NotShownReason">Why the group is not shown, in words for the page.</param>
public sealed record BenchmarkGroupDto(bool IsShown, int? Schools, int? Authorities, int Threshold, string? NotShownReason);

/// <param name="SchoolRating">The school's own rating (school view only).</param>
public sealed record BenchmarkCellDto(string ElementKey, string StrandKey, Rating? SchoolRating, BenchmarkShareDto? Authority, BenchmarkShareDto? AllAuthorities);

/// <summary>Schools that rated the cell red, amber and green (null: withheld) out of <paramref name="Schools"/>.</summary>
public sealed record BenchmarkShareDto(int? Red, int? Amber, int? Green, int Schools)
{
    public int? Count(Rating rating) => rating switch
    {
        Rating.Red => Red,
        Rating.Amber => Amber,
        Rating.Green => Green,
        _ => null,
    };

    /// <summary>The share of the group's schools, as a whole percentage; null when withheld.</summary>
    public int? Percent(Rating rating) => Count(rating) is { } count && Schools > 0 ? (int)Math.Round(100.0 * count / Schools, MidpointRounding.AwayFromZero) : null;
}
