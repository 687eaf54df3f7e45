namespace EqualityMark.Shared.Data;

/// <summary>
/// The keyed NpgsqlDataSource for the insight role ("ConnectionStrings:Insight"): the only connection that reads
/// across authorities, and then only the benchmark counts authorities chose to share; it writes only the
/// all-authorities benchmark table (ADR 0040).
/// </summary>
public static class InsightDatabase
{
    public const string ServiceKey = "insight";
}
