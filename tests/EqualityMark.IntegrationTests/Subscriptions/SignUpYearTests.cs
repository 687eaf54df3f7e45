using EqualityMark.Subscriptions.Contracts;

namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>A sign-up approved late in the summer term is for the coming school year, unless the approver chooses this one.</summary>
[Collection(AppTestGroup.Name)]
public sealed class SignUpYearTests(AppFixture app)
{
    [Theory]
    [InlineData("2027-08-20T10:00:00Z", null, "2027-09-01")]       // late summer: the coming year by default
    [InlineData("2027-08-20T10:00:00Z", "Current", "2026-09-01")]  // the approver may still choose the year ending
    [InlineData("2027-06-25T10:00:00Z", null, "2026-09-01")]       // earlier in the summer term: this year
    [InlineData("2027-08-31T23:30:00Z", "Current", "2027-09-01")]  // 00:30 on 1 September in London is already the new year
    public async Task The_approver_chooses_the_year_defaulting_to_the_coming_one_late_in_the_summer(string moment, string? chosen, string expectedStart)
    {
        var package = await SubscriptionsTestData.PackageAsync(app, app.Lancashire, "Bronze");
        await using var clocked = new ClockedApp(app);
        clocked.Clock.Set(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture));
        var signUp = await clocked.SendAsync(app.Lancashire, SubscriptionsTestData.SignUp(package.Id, SubscriptionsTestData.NewUrn()));
        var year = chosen is null ? (SubscriptionYear?)null : Enum.Parse<SubscriptionYear>(chosen);

        var approved = await clocked.SendAsync(app.Lancashire, new ApproveSignUpCommand(signUp.Id, year));

        var subscription = await clocked.SendAsync(app.Lancashire, new GetSubscriptionQuery(approved.SubscriptionId!.Value));
        Assert.Equal(DateOnly.Parse(expectedStart, System.Globalization.CultureInfo.InvariantCulture), subscription.PeriodStart);
    }
}
