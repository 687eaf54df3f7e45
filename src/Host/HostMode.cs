namespace EqualityMark.Host;

/// <summary>What this process does: apply migrations as the owner role, or serve (optionally seeding demo data first).</summary>
internal enum HostMode
{
    Serve,
    Migrate,
}
