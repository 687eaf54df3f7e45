using EqualityMark.Accreditation.Contracts;
using EqualityMark.IntegrationTests.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.IntegrationTests.Accreditation;

/// <summary>
/// Co-ordinators hear 90 and 30 days before a badge or the Mark expires — once each, however often and on however many
/// nodes the job runs — counted in London days, across the October clock change. Revoked or renewed awards are not reminded.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class ExpiryReminderTests(AppFixture app)
{
    [Fact]
    public async Task Ninety_and_thirty_days_before_expiry_the_co_ordinator_gets_one_email_each_in_london_days_across_the_clock_change()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var school = await app.CreateAsync(authority.Tenant);
        // 21 October 2030 is 90 days before; the clocks go back on 27 October, so the 30-day point (20 December) is in GMT.
        var expires = new DateOnly(2031, 1, 19);
        await app.AddAwardAsync(authority.Tenant, school.School, "race", expires.AddYears(-3), expires);
        await app.AddAwardAsync(authority.Tenant, school.School, "sex", expires.AddYears(-3), expires, revoked: true);
        await using var node = new ClockedApp(app);

        // 23:59 in London (BST) on 20 October is still 91 days before: nothing.
        await RunAsync(node, authority, At(2030, 10, 20, 22, 59));
        Assert.Equal(0, await CountAsync(authority, school.CoordinatorEmail, "Race"));
        // 00:30 in London on 21 October, though still 20 October in UTC: the 90-day reminder.
        await RunAsync(node, authority, At(2030, 10, 20, 23, 30));
        await RunAsync(node, authority, At(2030, 10, 20, 23, 30));
        await RunTwoNodesAsync(node, authority, At(2030, 11, 5, 7, 10));
        Assert.Equal(1, await CountAsync(authority, school.CoordinatorEmail, "Race"));
        // 23:30 on 19 December (GMT: London and UTC agree) is 31 days before: nothing new.
        await RunAsync(node, authority, At(2030, 12, 19, 23, 30));
        Assert.Equal(1, await CountAsync(authority, school.CoordinatorEmail, "Race"));
        await RunTwoNodesAsync(node, authority, At(2030, 12, 20, 0, 30));
        await RunAsync(node, authority, At(2030, 12, 20, 7, 10));
        await RunAsync(node, authority, At(2031, 1, 10, 7, 10));

        Assert.Equal(2, await CountAsync(authority, school.CoordinatorEmail, "Race"));
        Assert.Equal(0, await CountAsync(authority, school.CoordinatorEmail, "Sex"));
        Assert.Equal(0, await CountAsync(authority, school.MemberEmail, "Race"));
        var emails = await app.EmailsToAsync(authority.Tenant, school.CoordinatorEmail);
        Assert.All(emails, e => Assert.Contains("expires on 19 January 2031", e.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_Mark_is_reminded_too_and_a_badge_already_renewed_is_not()
    {
        await using var authority = await app.CreateAuthorityAsync();
        var school = await app.CreateAsync(authority.Tenant);
        var expires = new DateOnly(2030, 6, 30);
        await app.AddAwardAsync(authority.Tenant, school.School, "disability", expires.AddYears(-3), expires);
        await app.AddAwardAsync(authority.Tenant, school.School, "disability", expires.AddMonths(-2), expires.AddYears(3).AddMonths(-2));
        await app.AddAwardAsync(authority.Tenant, school.School, null, expires.AddYears(-3), expires);
        await using var node = new ClockedApp(app);

        await RunAsync(node, authority, At(2030, 5, 31, 9, 0));

        Assert.Equal(0, await CountAsync(authority, school.CoordinatorEmail, "Disability"));
        Assert.Equal(1, await CountAsync(authority, school.CoordinatorEmail, "Test Equality Mark"));
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static async Task RunAsync(ClockedApp node, TestAuthority authority, DateTimeOffset moment)
    {
        node.Clock.Set(moment);
        await node.SendAsync(authority.Tenant, new RunAccreditationRemindersCommand());
    }

    /// <summary>Like two nodes at the same moment: the run that loses the race on the reminder's unique key rolls back, sending nothing.</summary>
    private static async Task RunTwoNodesAsync(ClockedApp node, TestAuthority authority, DateTimeOffset moment)
    {
        node.Clock.Set(moment);
        await Task.WhenAll(QuietlyAsync(), QuietlyAsync());

        async Task QuietlyAsync()
        {
            try
            {
                await node.SendAsync(authority.Tenant, new RunAccreditationRemindersCommand());
            }
            catch (DbUpdateException)
            {
            }
        }
    }

    private async Task<int> CountAsync(TestAuthority authority, string email, string title) =>
        (await app.EmailsToAsync(authority.Tenant, email)).Count(e => e.Kind == "AwardExpiryReminder" && e.Subject.Contains($"the {title}", StringComparison.Ordinal));
}
