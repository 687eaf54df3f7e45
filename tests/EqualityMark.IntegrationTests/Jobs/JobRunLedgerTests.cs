using EqualityMark.Host.Jobs;
using EqualityMark.Host.Platform;
using Microsoft.Extensions.DependencyInjection;

namespace EqualityMark.IntegrationTests.Jobs;

/// <summary>The job run row is the idempotency key of an authority's run of one occurrence.</summary>
[Collection(AppTestGroup.Name)]
public sealed class JobRunLedgerTests(AppFixture app)
{
    [Fact]
    public async Task An_occurrence_that_succeeded_is_not_started_again_but_one_whose_node_died_is_taken_over()
    {
        var since = DateTimeOffset.UtcNow;
        var occurrence = "ledger-test-" + Guid.NewGuid().ToString("N");
        await using var scope = app.Scope(app.Lancashire);
        var ledger = scope.ServiceProvider.GetRequiredService<JobRunLedger>();

        var first = await ledger.StartAsync("ledger-test", occurrence, "node-a", CancellationToken.None);
        var takenOver = await ledger.StartAsync("ledger-test", occurrence, "node-b", CancellationToken.None);
        Assert.NotNull(first);
        Assert.Equal(first, takenOver);

        await ledger.FinishAsync(takenOver!.Value, JobRunOutcome.Succeeded, null);
        Assert.Null(await ledger.StartAsync("ledger-test", occurrence, "node-c", CancellationToken.None));

        var runs = await app.RunsSinceAsync(app.Lancashire, "ledger-test", since);
        var run = Assert.Single(runs);
        Assert.Equal(("Succeeded", 2, "node-b"), (run.Outcome, run.Attempts, run.Node));
        Assert.Empty(await app.RunsSinceAsync(app.Northdale, "ledger-test", since));
    }
}
