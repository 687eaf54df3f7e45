using System.Diagnostics;
using System.Net;
using EqualityMark.IntegrationTests.Leaving;
using EqualityMark.Shared.Tenancy;
using EqualityMark.TestSupport;
using Npgsql;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>Guessing passwords: every parallel guess is counted, and an unknown email costs what a real one does.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SignInGuessingTests(AppFixture app)
{
    [Fact]
    public async Task Twenty_parallel_wrong_passwords_lock_the_account_and_then_the_right_one_is_refused()
    {
        const string email = "coordinator2@northdale.example";
        var guesses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            FormPost.SignInAsync(app.Factory.ForTenant("northdale"), email, $"wrong guess {i}")));
        Assert.All(guesses, g => Assert.Equal(HttpStatusCode.OK, g.StatusCode));

        Assert.Equal(HttpStatusCode.OK, (await FormPost.SignInAsync(app.Factory.ForTenant("northdale"), email)).StatusCode);
        Assert.True(await IsLockedAsync(app.Northdale, email), "the account should be locked");
        await UnlockAsync(app.Northdale, email);
    }

    [Fact]
    public async Task Twenty_parallel_wrong_operator_passwords_lock_the_operator()
    {
        var guesses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => FormPost.SubmitAsync(app.Factory.ForPlatform(), "/platform/sign-in",
            new Dictionary<string, string> { ["Input.Email"] = "operator@equalitymark.example", ["Input.Password"] = $"wrong guess {i}" })));
        Assert.All(guesses, g => Assert.Equal(HttpStatusCode.OK, g.StatusCode));

        var right = await FormPost.SubmitAsync(app.Factory.ForPlatform(), "/platform/sign-in",
            new Dictionary<string, string> { ["Input.Email"] = "operator@equalitymark.example", ["Input.Password"] = EqualityMarkAppFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);

        await using var connection = new NpgsqlConnection(TestDatabase.PlatformConnectionString);
        await connection.OpenAsync();
        await using var unlock = new NpgsqlCommand("UPDATE organisations.operator_credentials SET locked_until = NULL, failed_sign_in_count = 0", connection);
        await unlock.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task An_unknown_email_takes_about_as_long_as_a_known_one()
    {
        var client = app.Factory.ForTenant("lancashire");
        await FormPost.SignInAsync(client, "nobody@lancashire.example", "warm up");

        var known = await MedianMillisecondsAsync(() => FormPost.SignInAsync(client, "advisor@lancashire.example", "not the password"));
        var unknown = await MedianMillisecondsAsync(() => FormPost.SignInAsync(client, "nobody@lancashire.example", "not the password"));
        await UnlockAsync(app.Lancashire, "advisor@lancashire.example");

        // Before, an unknown email answered in a twentieth of the time; both now check one password hash.
        Assert.True(unknown > known * 0.5, $"unknown {unknown} ms vs known {known} ms");
    }

    private static async Task<double> MedianMillisecondsAsync(Func<Task<HttpResponseMessage>> signIn)
    {
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            await signIn();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(1);
    }

    private static async Task<bool> IsLockedAsync(TenantInfo tenant, string email)
    {
        await using var connection = await SchoolRows.OpenAsync(tenant);
        await using var command = new NpgsqlCommand("SELECT lockout_end > now() FROM organisations.users WHERE normalized_email = upper($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = email });
        return await command.ExecuteScalarAsync() is true;
    }

    private static async Task UnlockAsync(TenantInfo tenant, string email)
    {
        await using var connection = await SchoolRows.OpenAsync(tenant);
        await using var command = new NpgsqlCommand(
            "UPDATE organisations.users SET lockout_end = NULL, access_failed_count = 0 WHERE normalized_email = upper($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = email });
        await command.ExecuteNonQueryAsync();
    }
}
