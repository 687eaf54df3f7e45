using EqualityMark.Shared.AuditLog;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Host.Platform;

/// <summary>An email in the outbox: written in the same transaction as the change that caused it.</summary>
internal sealed class OutboundEmail : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string To { get; init; }

    /// <summary>The authority's chosen sender name at the time the email was queued (shown beside the platform's address).</summary>
    public string? FromName { get; init; }

    public string? ReplyTo { get; init; }

    public required string Subject { get; init; }

    /// <summary>Not in the audit log: invitation emails carry sign-in links.</summary>
    [NotInAuditLog]
    public required string Body { get; init; }

    public required string Kind { get; init; }

    public DateTimeOffset QueuedAt { get; init; }

    public DateTimeOffset? SentAt { get; set; }

    public OutboundEmailStatus Status { get; set; } = OutboundEmailStatus.Pending;

    public int Attempts { get; set; }

    /// <summary>When a temporarily failed email may be tried again; null means as soon as possible.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }
}
