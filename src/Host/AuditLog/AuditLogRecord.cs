namespace EqualityMark.Host.AuditLog;

/// <summary>What an authority's entries and the platform's hold: who did what, when and from where (written once, by AuditLogWriter).</summary>
internal abstract class AuditLogRecord : IAuditLogRow
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset At { get; set; }

    public Guid? ActorId { get; set; }

    public string ActorName { get; set; } = string.Empty;

    public string ActorRole { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public Guid? TargetId { get; set; }

    public Guid? SchoolId { get; set; }

    /// <summary>JSON: the command's fields (secrets masked) and the rows it changed with before and after.</summary>
    public string Details { get; set; } = "{}";

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }
}
