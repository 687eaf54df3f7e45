namespace EqualityMark.Host.AuditLog;

/// <summary>What an authority's entries and the platform's have in common, for reading and CSV.</summary>
internal interface IAuditLogRow
{
    Guid Id { get; }

    DateTimeOffset At { get; }

    Guid? ActorId { get; }

    string ActorName { get; }

    string ActorRole { get; }

    string Kind { get; }

    Guid? TargetId { get; }

    Guid? SchoolId { get; }

    string Details { get; }

    string? IpAddress { get; }

    string? UserAgent { get; }
}
