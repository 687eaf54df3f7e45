using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Shared.Data;

/// <summary>
/// Inside the request's transaction EF Core wraps each SaveChanges in a savepoint (two more round trips), so that a
/// save the database refuses can be undone and the transaction used again. Where nothing goes on after such a refusal
/// (it ends the request), or the only failure handled is an optimistic concurrency conflict (no row matched: not a
/// database error, the transaction stays usable), the savepoint buys nothing and costs two round trips.
/// </summary>
public static class SavingWithoutSavepoint
{
    public static async Task<int> SaveChangesWithoutSavepointAsync(this DbContext db, CancellationToken cancellationToken)
    {
        var before = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            return await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = before;
        }
    }
}
