using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace EqualityMark.Shared.AuditLog;

/// <summary>
/// The rows a command's unit of work added, changed or removed, gathered from every module's context as it saves,
/// with the before and after of each changed field. Scoped: one per request or job.
/// </summary>
public sealed class AuditLogChanges
{
    public const int MostRowsKept = 100;

    private readonly List<AuditLogRowChange> _rows = [];

    public IReadOnlyList<AuditLogRowChange> Rows => _rows;

    /// <summary>How many changed rows were left out once <see cref="MostRowsKept"/> was reached.</summary>
    public int RowsLeftOut { get; private set; }

    public void Clear()
    {
        _rows.Clear();
        RowsLeftOut = 0;
    }

    public void Record(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && IsAudited(entry.Metadata.ClrType))
            {
                Add(entry);
            }
        }
    }

    /// <summary>The app's own entities only: framework rows such as data-protection keys are never described.</summary>
    private static bool IsAudited(Type type) =>
        type.Namespace?.StartsWith("EqualityMark.", StringComparison.Ordinal) == true && !type.IsDefined(typeof(NotInAuditLogAttribute));

    private void Add(EntityEntry entry)
    {
        if (_rows.Count >= MostRowsKept)
        {
            RowsLeftOut++;
            return;
        }

        var fields = new Dictionary<string, AuditLogFieldChange>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name == "TenantId" || property.Metadata.PropertyInfo?.IsDefined(typeof(NotInAuditLogAttribute)) == true
                || (entry.State == EntityState.Modified && !property.IsModified))
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : AuditLogValues.Describe(name, property.OriginalValue);
            var after = entry.State == EntityState.Deleted ? null : AuditLogValues.Describe(name, property.CurrentValue);
            if (entry.State != EntityState.Modified || !Equals(before, after))
            {
                fields[name] = new AuditLogFieldChange(before, after);
            }
        }

        var key = entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()).FirstOrDefault();
        _rows.Add(new AuditLogRowChange(entry.Metadata.ClrType.Name, key, entry.State switch
        {
            EntityState.Added => "added",
            EntityState.Deleted => "removed",
            _ => "changed",
        }, fields));
    }
}

public sealed record AuditLogRowChange(string Entity, string? Id, string Change, IReadOnlyDictionary<string, AuditLogFieldChange> Fields);

public sealed record AuditLogFieldChange(object? From, object? To);
