namespace EqualityMark.Host.Jobs.Runs;

public sealed record JobRunDto(Guid Id, string JobName, string Node, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Outcome, string? Error, int Attempts);
