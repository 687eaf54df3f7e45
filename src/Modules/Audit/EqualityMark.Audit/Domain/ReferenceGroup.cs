using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Audit.Domain;

/// <summary>A school's equality reference group: how often it meets (members and meetings are rows of their own).</summary>
internal sealed class ReferenceGroup : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public string MeetingFrequency { get; set; } = string.Empty;
}
