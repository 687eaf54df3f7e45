namespace EqualityMark.Host;

/// <summary>What this process does: apply migrations as the owner role, serve (optionally seeding demo data first), or run every daily job now for every authority.</summary>
internal enum HostMode
{
    Serve,
    Migrate,
    Sweep,
}
