namespace EqualityMark.Host.AuditLog;

/// <summary>What an authority's entries and the platform's hold: who did what, when and from where.</summary>
internal abstract class AuditLogRecord : IAuditLogRow
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset At { get; init; }

    public Guid? ActorId { get; init; }

    public required string ActorName { get; init; }

    public required string ActorRole { get; init; }

    public required string Kind { get; init; }

    public Guid? TargetId { get; init; }

    public Guid? SchoolId { get; init; }

    /// <summary>JSON: the command's fields (secrets masked) and the rows it changed with before and after.</summary>
    public required string Details { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }
}
