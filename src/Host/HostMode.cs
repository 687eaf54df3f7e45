namespace EqualityMark.Host;

/// <summary>
/// What this process does: apply migrations as the owner role, serve (optionally seeding demo data first), run every
/// daily job now for every authority, or add the demo data and stop.
/// </summary>
internal enum HostMode
{
    Serve,
    Migrate,
    Sweep,
    SeedDemo,
}
