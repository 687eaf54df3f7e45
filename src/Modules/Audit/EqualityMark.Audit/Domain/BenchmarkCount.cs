using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

/// <summary>
/// How many of an authority's schools of one phase rated one cell of the summary grid red, amber or green (or did not
/// assess it) in one academic year, from sent audits only. Rewritten nightly by the authority's own job under its
/// row-level security; the benchmarks read these instead of every school's grid.
/// </summary>
internal sealed class BenchmarkCount : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public int AcademicYear { get; init; }

    public required string Phase { get; init; }

    public required string ElementKey { get; init; }

    public required string StrandKey { get; init; }

    public int Red { get; init; }

    public int Amber { get; init; }

    public int Green { get; init; }

    public int NotAssessed { get; init; }

    /// <summary>Schools of this phase whose audit for the year was sent (the same on every cell of the year and phase).</summary>
    public int Schools { get; init; }
}
