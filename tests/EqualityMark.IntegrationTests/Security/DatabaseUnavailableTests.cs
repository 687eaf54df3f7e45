using EqualityMark.Host.Errors;
using Npgsql;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>While the database restarts, requests are told to come back shortly (503), not that something broke (500).</summary>
public sealed class DatabaseUnavailableTests
{
    [Fact]
    public async Task A_database_that_cannot_be_reached_is_a_503_and_a_refused_statement_is_not()
    {
        var unreachable = await Assert.ThrowsAnyAsync<NpgsqlException>(async () =>
        {
            await using var connection = new NpgsqlConnection("Host=127.0.0.1;Port=1;Username=nobody;Password=x;Timeout=2");
            await connection.OpenAsync();
        });
        var wrapped = new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", unreachable);

        Assert.Equal(503, ProblemExceptionHandler.StatusFor(unreachable));
        Assert.Equal(503, ProblemExceptionHandler.StatusFor(wrapped));
        Assert.Equal(500, ProblemExceptionHandler.StatusFor(new InvalidOperationException("a bug")));
    }
}
