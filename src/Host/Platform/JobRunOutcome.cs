namespace EqualityMark.Host.Platform;

internal enum JobRunOutcome
{
    Running,
    Succeeded,
    Failed,
}
