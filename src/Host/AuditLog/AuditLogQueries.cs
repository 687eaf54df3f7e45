using EqualityMark.Shared.Messaging;

namespace EqualityMark.Host.AuditLog;

/// <summary>The authority's audit log, newest first, filtered. <paramref name="Person"/> is a person's id or "system".</summary>
internal sealed record ListAuditLogQuery(string? Person, Guid? SchoolId, string? Kind, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = 50)
    : IQuery<AuditLogPage>;

internal sealed record AuditLogPage(IReadOnlyList<AuditLogEntryDto> Entries, int Total, int Page, int PageSize, IReadOnlyList<string> Kinds)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record AuditLogEntryDto(
    Guid Id, DateTimeOffset At, Guid? ActorId, string ActorName, string ActorRole, string Kind, string KindLabel,
    Guid? TargetId, Guid? SchoolId, string Details, string? IpAddress, string? UserAgent);

/// <summary>The platform's own log (work outside any authority), for platform operators.</summary>
internal sealed record ListPlatformAuditLogQuery(int Page = 1) : IQuery<AuditLogPage>;
