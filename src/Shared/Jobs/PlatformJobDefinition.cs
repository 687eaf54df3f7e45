namespace EqualityMark.Shared.Jobs;

/// <summary>A platform-wide recurring job: its name (Hangfire's recurring job id), what it does, when (cron, UK time), and its class.</summary>
public sealed record PlatformJobDefinition(string Name, string Description, string CronExpression, Type JobType);
