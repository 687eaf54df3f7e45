namespace EqualityMark.Host.Security.RateLimiting;

/// <summary>"RateLimits" settings: how many form posts a client, and an account, may make in a window.</summary>
internal sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Sign-ins, sign-ups, invitation and reset forms from one IP address, each form counted on its own.</summary>
    public int PerClient { get; set; } = 30;

    /// <summary>Sign-ins and reset requests naming one email address, from anywhere.</summary>
    public int PerAccount { get; set; } = 10;
}
