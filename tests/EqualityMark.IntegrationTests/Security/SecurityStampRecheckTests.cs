using System.Net;
using EqualityMark.IntegrationTests.Leaving;
using EqualityMark.IntegrationTests.Subscriptions;
using EqualityMark.TestSupport;
using Npgsql;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>
/// A changed security stamp (a new password, a new role) ends other sessions at the next recheck: not before the
/// interval has passed since the cookie was issued (the check is skipped without building Identity's validator), and
/// on the first request after it.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class SecurityStampRecheckTests(AppFixture app)
{
    [Fact]
    public async Task A_changed_stamp_is_honoured_until_the_recheck_interval_has_passed_and_refused_after_it()
    {
        var school = await app.CreateAsync(app.Lancashire);
        await using var clocked = new ClockedApp(app, new Dictionary<string, string> { ["Security:SessionRecheckSeconds"] = "600" });
        var signedIn = clocked.Clock.GetUtcNow();
        var coordinator = clocked.ForTenant("lancashire");
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(coordinator, school.CoordinatorEmail)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/api/v1/me")).StatusCode);

        await using (var connection = await SchoolRows.OpenAsync(app.Lancashire))
        await using (var change = new NpgsqlCommand("UPDATE organisations.users SET security_stamp = $2 WHERE id = $1", connection)
                     { Parameters = { new() { Value = school.CoordinatorId }, new() { Value = Guid.NewGuid().ToString("N") } } })
        {
            Assert.Equal(1, await change.ExecuteNonQueryAsync());
        }

        clocked.Clock.Set(signedIn.AddMinutes(9));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/api/v1/me")).StatusCode);

        clocked.Clock.Set(signedIn.AddMinutes(11));
        Assert.Equal(HttpStatusCode.Unauthorized, (await coordinator.GetAsync("/api/v1/me")).StatusCode);
    }
}
