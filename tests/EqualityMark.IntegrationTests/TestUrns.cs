using System.Globalization;

namespace EqualityMark.IntegrationTests;

/// <summary>
/// URNs for test schools, unique within a test run: URNs are unique across authorities, and drawn at random a run of
/// over a thousand schools met the same number twice. 100000–699999 only: <c>SubscriptionsTestData.NewUrn</c> counts
/// through 700000–799999 and the demo's schools are 9xxxxx.
/// </summary>
internal static class TestUrns
{
    private static int next = Random.Shared.Next(0, 600_000);

    public static string Next() => (100_000 + (Interlocked.Increment(ref next) % 600_000)).ToString("D6", CultureInfo.InvariantCulture);
}
