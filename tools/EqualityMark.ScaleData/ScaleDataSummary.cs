namespace EqualityMark.ScaleData;

/// <summary>What a run generated and how long it took.</summary>
public sealed record ScaleDataSummary(IReadOnlyList<AuthorityPlan> Authorities, int Schools, long Judgements, TimeSpan Took);
