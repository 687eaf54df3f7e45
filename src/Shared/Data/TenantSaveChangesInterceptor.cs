using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EqualityMark.Shared.Data;

/// <summary>
/// Stamps new tenant-owned rows with the scope's tenant and refuses to write rows of another tenant.
/// Also enlists the context in the scope's open unit of work, if any.
/// </summary>
public sealed class TenantSaveChangesInterceptor : BeforeSavingInterceptor
{
    protected override void BeforeSaving(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var session = DbContextScope.Of(context).Session;
        session.Enlist(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            CheckTenant(entry, session);
        }
    }

    private static void CheckTenant(EntityEntry entry, DbSession session)
    {
        var tenantProperty = entry.Metadata.FindProperty(TenantModel.TenantIdProperty);
        if (tenantProperty is null || entry.State is EntityState.Unchanged or EntityState.Detached)
        {
            return;
        }

        var tenantId = session.TenantId
            ?? throw new TenantIsolationException($"Cannot write {entry.Metadata.ClrType.Name} without a local authority.");
        var property = entry.Property(TenantModel.TenantIdProperty);

        if (entry.State == EntityState.Added)
        {
            var value = (Guid?)property.CurrentValue ?? Guid.Empty;
            if (value == Guid.Empty)
            {
                property.CurrentValue = tenantId;
            }
            else if (value != tenantId)
            {
                throw new TenantIsolationException($"Refused to insert {entry.Metadata.ClrType.Name} for another local authority.");
            }

            return;
        }

        if ((Guid?)property.OriginalValue != tenantId || (Guid?)property.CurrentValue != tenantId)
        {
            throw new TenantIsolationException($"Refused to change {entry.Metadata.ClrType.Name} of another local authority.");
        }
    }
}
