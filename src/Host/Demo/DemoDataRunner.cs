using EqualityMark.Shared.Modules;

namespace EqualityMark.Host.Demo;

/// <summary>Runs every module's demo seeder in order with the demo password.</summary>
internal sealed class DemoDataRunner(IEnumerable<IDemoDataSeeder> seeders, IConfiguration configuration, ILogger<DemoDataRunner> logger)
{
    public const string DefaultPassword = "Equality-Demo-2026";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var options = new DemoSeedOptions(configuration["Demo:Password"] is { Length: > 0 } password ? password : DefaultPassword);
        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(options, cancellationToken);
        }

        logger.LogInformation("Demo data is in place");
    }
}
