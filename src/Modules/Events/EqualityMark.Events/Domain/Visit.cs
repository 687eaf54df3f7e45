using EqualityMark.Events.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Events.Domain;

/// <summary>A visit to a school (or an INSET session): requested by the school, confirmed by the authority, recorded after.</summary>
internal sealed class Visit : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public Guid SchoolId { get; init; }

    public required string SchoolName { get; init; }

    public VisitKind Kind { get; init; }

    public VisitStatus Status { get; private set; } = VisitStatus.Requested;

    public required string Focus { get; init; }

    /// <summary>For an accreditation visit: the strands (badges) the school wants verified, comma-separated keys.</summary>
    public string BadgesToVerify { get; init; } = string.Empty;

    public required string ProposedDates { get; init; }

    public Guid? AdvisorId { get; private set; }

    public string? AdvisorName { get; private set; }

    public DateTimeOffset? StartsAt { get; private set; }

    public DateTimeOffset? EndsAt { get; private set; }

    public DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public bool IsAccreditation => BadgesToVerify.Length > 0;

    /// <summary>The reference the entitlement unit is consumed under, so consuming and releasing are idempotent.</summary>
    public string EntitlementReference => $"visit:{Id}";

    /// <summary>
    /// The key its reminder is recorded under: the time it is confirmed for. A visit moved to another time is reminded
    /// of again for the new time, and the old time's reminder never fires, because reminders follow the visit's
    /// current time (ADR 0020).
    /// </summary>
    public string ReminderKind =>
        "visit@" + (StartsAt ?? throw new InvalidOperationException("Only a visit with a time has a reminder.")).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public void Confirm(Guid advisorId, string advisorName, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now)
    {
        if (Status is not (VisitStatus.Requested or VisitStatus.Confirmed))
        {
            throw new ConflictException($"A {Status.ToString().ToLowerInvariant()} visit cannot be confirmed.");
        }

        (AdvisorId, AdvisorName, StartsAt, EndsAt, ConfirmedAt, Status) = (advisorId, advisorName, startsAt, endsAt, now, VisitStatus.Confirmed);
    }

    public void Cancel(DateTimeOffset now)
    {
        if (Status is VisitStatus.Cancelled or VisitStatus.Completed)
        {
            throw new ConflictException($"This visit is already {Status.ToString().ToLowerInvariant()}.");
        }

        Status = VisitStatus.Cancelled;
        CancelledAt = now;
    }

    public void Complete()
    {
        if (Status != VisitStatus.Confirmed)
        {
            throw new ConflictException("Only a confirmed visit can be recorded.");
        }

        Status = VisitStatus.Completed;
    }
}
