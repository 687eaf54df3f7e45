using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Events.Domain;

/// <summary>A termly co-ordinators' network meeting run by the authority.</summary>
internal sealed class NetworkMeeting : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public required string Term { get; set; }

    public required string Title { get; set; }

    public string Agenda { get; set; } = string.Empty;

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public string Venue { get; set; } = string.Empty;

    public string OnlineLink { get; set; } = string.Empty;

    public int Capacity { get; set; }

    public DateTimeOffset BookingDeadline { get; set; }

    /// <summary>Links to slides, papers and recordings, one per line.</summary>
    public string Materials { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the authority called the meeting off; a cancelled meeting takes no bookings and is not changed again.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Goes up with every change, so an edit made from an older copy of the meeting is refused (409).</summary>
    public int Version { get; private set; }

    public bool IsCancelled => CancelledAt is not null;

    public void Cancel(DateTimeOffset now)
    {
        CancelledAt = now;
        Version++;
    }

    public void Changed() => Version++;
}
