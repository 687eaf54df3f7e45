using EqualityMark.Events.Data;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Visits;

/// <summary>An advisor is given a visit only within a time they said they can visit (one of their availability entries covers it).</summary>
internal static class AdvisorAvailability
{
    public static async Task EnsureAvailableAsync(EventsDbContext db, Guid advisorId, string advisorName, DateTimeOffset starts, DateTimeOffset ends, CancellationToken cancellationToken)
    {
        if (!await db.AvailabilitySlots.AnyAsync(s => s.AdvisorId == advisorId && s.StartsAt <= starts && s.EndsAt >= ends, cancellationToken))
        {
            throw RequestValidationException.For(nameof(ConfirmVisitCommand.AdvisorId),
                $"{advisorName} is not available on {Times.Day(starts)} from {Times.Clock(starts)} to {Times.Clock(ends)}: choose an advisor who is, or ask them to add that time to their availability");
        }
    }
}
