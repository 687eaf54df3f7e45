using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Shared.Data;

/// <summary>
/// Locks an entity's table against writes by others until the open transaction ends (SHARE ROW EXCLUSIVE): writers
/// already under way finish first, new ones wait. A delete that follows sees every row committed until then and no
/// row can be added behind it — used where no foreign key can guard the rows (they belong to another module's record).
/// </summary>
public static class TableWriteLock
{
    public static Task LockAgainstWritesAsync<TEntity>(this DbContext db, CancellationToken cancellationToken)
        where TEntity : class
    {
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not an entity of this context.");
        // Names come from the model (our own snake_case identifiers), never from input.
        var sql = "LOCK TABLE \"" + entity.GetSchema() + "\".\"" + entity.GetTableName() + "\" IN SHARE ROW EXCLUSIVE MODE";
        return db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }
}
