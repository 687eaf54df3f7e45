namespace EqualityMark.Host.Email;

/// <summary>Exponential back-off: the first retry after FirstRetryDelay, each later one twice as long, capped.</summary>
internal static class RetrySchedule
{
    public static DateTimeOffset NextAttemptAfter(int failedAttempts, DateTimeOffset now, SmtpOptions options)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 20);
        var delay = TimeSpan.FromTicks(Math.Min(options.FirstRetryDelay.Ticks * (1L << exponent), options.MaxRetryDelay.Ticks));
        return now + delay;
    }
}
