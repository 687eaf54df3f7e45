using EqualityMark.Shared.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EqualityMark.Shared.AuditLog;

/// <summary>Hands each save's changes to the scope's <see cref="AuditLogChanges"/> before EF writes them (afterwards the originals are gone).</summary>
public sealed class AuditLogChangeInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            DbContextScope.Of(context).AuditLogChanges.Record(context);
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavingChanges(eventData, result));
}
