namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>One shared row of one authority's benchmark counts, with the threshold that authority set.</summary>
internal sealed record ContributedCount(
    Guid TenantId, int AcademicYear, string Phase, string ElementKey, string StrandKey, int Red, int Amber, int Green, int Schools, int Threshold);
