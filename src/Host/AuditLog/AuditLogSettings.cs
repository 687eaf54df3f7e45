using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Host.AuditLog;

/// <summary>How long an authority keeps its audit log; without a row, <see cref="AuditLogRetention.DefaultYears"/>.</summary>
internal sealed class AuditLogSettings : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public int RetentionYears { get; set; }
}
