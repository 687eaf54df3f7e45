namespace EqualityMark.IntegrationTests.Subscriptions;

/// <summary>A clock a test sets to any day; it starts at the real time.</summary>
internal sealed class MovableClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public void SetDay(DateOnly day) => _now = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    public void Set(DateTimeOffset moment) => _now = moment;

    public override DateTimeOffset GetUtcNow() => _now;
}
