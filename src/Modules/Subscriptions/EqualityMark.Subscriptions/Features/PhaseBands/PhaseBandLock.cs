using EqualityMark.Subscriptions.Data;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

/// <summary>
/// One lock per authority on its phase bands, held until the transaction ends: changes to bands queue (exclusive), so
/// "a phase in one band only" and "unique names" are checked against what the previous change committed; a purchase
/// pricing by a band holds it shared, so a band cannot be removed under a sign-up being approved.
/// </summary>
internal static class PhaseBandLock
{
    private const string Key = "hashtextextended('subscriptions.phase_bands:' || current_setting('app.tenant_id', true), 0)";

    public static Task ExclusiveAsync(SubscriptionsDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);

    public static Task SharedAsync(SubscriptionsDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock_shared({Key})", cancellationToken);
}
