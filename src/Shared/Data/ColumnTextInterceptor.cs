using System.Globalization;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EqualityMark.Shared.Data;

/// <summary>
/// The last check before SQL: text going into a column fits the column's declared length (EF HasMaxLength, one
/// place) and holds nothing PostgreSQL refuses; stored records (JSON columns) meet <see cref="InputRule"/>.
/// A value that slipped past a request's rule becomes a 400 naming the field, never a database error.
/// </summary>
public sealed class ColumnTextInterceptor : BeforeSavingInterceptor
{
    protected override void BeforeSaving(DbContext? context)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var entry in context?.ChangeTracker.Entries() ?? [])
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                CheckEntry(entry, errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    /// <summary>Only character columns have a length; a jsonb or text column keeps the model's default length unused.</summary>
    private static int? LengthLimit(IProperty property) =>
        property.GetColumnType().Contains("char", StringComparison.OrdinalIgnoreCase) ? property.GetMaxLength() : null;

    private static void CheckEntry(EntityEntry entry, Dictionary<string, string[]> errors)
    {
        foreach (var property in entry.Properties.Where(p => entry.State == EntityState.Added || p.IsModified))
        {
            var name = property.Metadata.Name;
            switch (property.CurrentValue)
            {
                case string text when LengthLimit(property.Metadata) is { } max && text.Length > max:
                    errors.TryAdd(name, [string.Create(CultureInfo.InvariantCulture, $"{FieldLabel.For(name)} must be {max:N0} characters or fewer")]);
                    break;
                case string text when InputText.HasControlCharacter(text) || InputText.HasBrokenCharacter(text):
                    errors.TryAdd(name, [$"{FieldLabel.For(name)} must not contain hidden control characters"]);
                    break;
                case { } value when value is not string && InputField.IsWalked(value.GetType()):
                    foreach (var (field, messages) in InputRule.Check(value, name))
                    {
                        errors.TryAdd(field, messages);
                    }

                    break;
            }
        }
    }
}
