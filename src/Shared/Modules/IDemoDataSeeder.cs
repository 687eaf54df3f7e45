namespace EqualityMark.Shared.Modules;

/// <summary>
/// Adds a module's demo data for local runs. Must be idempotent: run.sh calls it on every start.
/// Seeders run in <see cref="Order"/>; each opens its own tenant scopes.
/// </summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    Task SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken);
}
