namespace EqualityMark.IntegrationTests.Email;

/// <summary>A clock that stands still until the test moves it on.</summary>
internal sealed class SteppingClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public void Advance(TimeSpan by) => _now += by;

    public override DateTimeOffset GetUtcNow() => _now;
}
