using EqualityMark.Events.Data;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Events.Features.Shared;

/// <summary>
/// Locks held until the command's transaction ends (ADR 0029), so a check and the change it allows are one step: a second
/// request waits, then reads what the first committed. Keys carry the authority, so authorities never wait on each other.
/// </summary>
internal static class EventsLocks
{
    /// <summary>An advisor's diary: two visits confirmed for one advisor at overlapping times cannot both pass the clash check.</summary>
    public static Task AdvisorDiaryAsync(EventsDbContext db, Guid advisorId, CancellationToken cancellationToken) =>
        AdvisoryAsync(db, $"events-advisor:{db.CurrentTenantId}:{advisorId}", cancellationToken);

    /// <summary>A school's visit requests: requests at once are counted against the package's allowance one after another.</summary>
    public static Task SchoolVisitRequestsAsync(EventsDbContext db, Guid schoolId, CancellationToken cancellationToken) =>
        AdvisoryAsync(db, $"events-visit-requests:{db.CurrentTenantId}:{schoolId}", cancellationToken);

    /// <summary>A visit's row: confirming, cancelling and recording it change its status one at a time.</summary>
    public static Task VisitAsync(EventsDbContext db, Guid visitId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT 1 FROM events.visits WHERE id = {visitId} FOR UPDATE", cancellationToken);

    private static Task<int> AdvisoryAsync(EventsDbContext db, string key, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
}
