using System.Net;
using EqualityMark.Host.Email.Viewer;
using EqualityMark.IntegrationTests.Subscriptions;

namespace EqualityMark.IntegrationTests.Events;

/// <summary>The meeting page's "Send message" answers with a redirect (POST-redirect-GET), so a refresh loads the page and sends nothing.</summary>
[Collection(AppTestGroup.Name)]
public sealed class MessagePageRedirectTests(AppFixture app)
{
    [Fact]
    public async Task Sending_a_message_redirects_and_loading_where_it_lands_sends_nothing_more()
    {
        var admin = await app.SignInAsync("lancashire", "admin");
        var meetingId = await admin.CreateMeetingAsync(capacity: 3, DateTimeOffset.UtcNow.AddDays(30));
        var school = await app.SubscribedAsync(app.Lancashire, "Bronze");
        var coordinator = await app.SignInAsAsync(app.Lancashire, school.CoordinatorEmail);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await coordinator.BookAsync(meetingId, $"Rep {suffix}");
        var subject = $"Parking {suffix}";

        var sent = await SubscriptionsTestData.PostHandlerAsync(admin, $"/meetings/{meetingId}", "Message",
            new Dictionary<string, string> { ["Message.Subject"] = subject, ["Message.Body"] = "Please use the rear car park." });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/meetings/{meetingId}?done=message-sent&sent=1", sent.Headers.Location?.OriginalString);

        for (var load = 0; load < 2; load++)
        {
            Assert.Contains("Message sent to 1 person", await SubscriptionsTestData.BodyAsync(await admin.GetAsync(sent.Headers.Location)), StringComparison.Ordinal);
        }

        var emails = await app.SendAsync(app.Lancashire, new ListOutboundEmailsQuery($"rep.{suffix}@example.org"));
        Assert.Single(emails, e => e.Subject == subject);
    }
}
