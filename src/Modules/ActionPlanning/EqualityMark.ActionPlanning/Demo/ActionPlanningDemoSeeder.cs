using EqualityMark.Shared.Modules;

namespace EqualityMark.ActionPlanning.Demo;

internal sealed class ActionPlanningDemoSeeder : IDemoDataSeeder
{
    public int Order => 40;

    public Task SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken) => Task.CompletedTask;
}
