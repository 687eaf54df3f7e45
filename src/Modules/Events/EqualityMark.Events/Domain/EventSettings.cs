using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Events.Domain;

/// <summary>An authority's rules for events: how much notice a cancellation needs to give the visit back, and reminders.</summary>
internal sealed class EventSettings : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public int CancellationNoticeDays { get; set; } = 14;

    public int ReminderDays { get; set; } = 7;
}
