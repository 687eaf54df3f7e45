namespace EqualityMark.Host.Jobs.Runs;

public sealed record ScheduledJobDto(string Name, string Description, string Schedule);
