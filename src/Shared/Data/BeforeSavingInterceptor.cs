using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EqualityMark.Shared.Data;

/// <summary>Runs one synchronous step before every save, sync or async, of a context.</summary>
public abstract class BeforeSavingInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeforeSaving(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        BeforeSaving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    protected abstract void BeforeSaving(DbContext? context);
}
