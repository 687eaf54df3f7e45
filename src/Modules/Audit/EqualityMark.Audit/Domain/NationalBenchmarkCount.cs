using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

/// <summary>
/// All contributing authorities' schools of one phase for one cell and year, already protected: a null count is
/// withheld. Written only by the nightly insight job (the app role may only read it); names no school or authority.
/// A year and phase with too few schools or authorities has no rows at all.
/// </summary>
[GlobalEntity("Figures across all authorities, anonymised and protected before they are written; they belong to no one authority.")]
internal sealed class NationalBenchmarkCount
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public int AcademicYear { get; init; }

    public required string Phase { get; init; }

    public required string ElementKey { get; init; }

    public required string StrandKey { get; init; }

    public int? Red { get; init; }

    public int? Amber { get; init; }

    public int? Green { get; init; }

    public int Schools { get; init; }

    public int Authorities { get; init; }

    /// <summary>The strictest threshold among the authorities included.</summary>
    public int Threshold { get; init; }

    public DateTimeOffset ComputedAt { get; init; }
}
