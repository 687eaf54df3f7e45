namespace EqualityMark.Shared.AuditLog;

/// <summary>Writes one entry for a command that succeeded, inside its unit of work (so it commits or rolls back with it).</summary>
public interface IAuditLogWriter
{
    Task WriteAsync(AuditLogCommand command, AuditLogChanges changes, CancellationToken cancellationToken);
}

/// <param name="Kind">The command's name, e.g. "DeleteSchool".</param>
/// <param name="TargetId">The record the command names first (an id property), if any.</param>
/// <param name="SchoolId">The school the command is about, if it names one.</param>
/// <param name="Details">The command's own fields, secrets masked.</param>
public sealed record AuditLogCommand(string Kind, Guid? TargetId, Guid? SchoolId, IReadOnlyDictionary<string, object?> Details);
