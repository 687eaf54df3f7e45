using System.Linq.Expressions;
using System.Reflection;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EqualityMark.Shared.Data;

/// <summary>
/// Applies tenant isolation to a model: every entity not marked [GlobalEntity] gets a tenant_id,
/// the named "Tenant" query filter, and indexes that lead with tenant_id.
/// </summary>
public static class TenantModel
{
    public const string TenantIdProperty = "TenantId";
    public const string FilterName = "Tenant";

    /// <summary>Marks a global entity whose class we do not own (so cannot carry [GlobalEntity]); see <see cref="GlobalEntityBuilderExtensions"/>.</summary>
    public const string GlobalAnnotation = "EqualityMark:GlobalEntity";

    public static bool IsGlobal(IReadOnlyEntityType entityType) =>
        entityType.ClrType.GetCustomAttribute<GlobalEntityAttribute>() is not null || entityType.FindAnnotation(GlobalAnnotation) is not null;

    public static void Apply(ModelBuilder modelBuilder, ITenantScopedDbContext context)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.BaseType is null).ToList())
        {
            if (IsGlobal(entityType))
            {
                continue;
            }

            var builder = modelBuilder.Entity(entityType.ClrType);
            builder.Property<Guid>(TenantIdProperty).IsRequired();
            builder.HasQueryFilter(FilterName, BuildFilter(entityType.ClrType, context));
            LeadIndexesWithTenant(entityType);
        }

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(IsGlobal))
        {
            IndexForeignKeys(entityType);
        }
    }

    private static LambdaExpression BuildFilter(Type clrType, ITenantScopedDbContext context)
    {
        var entity = Expression.Parameter(clrType, "e");
        var tenantOfRow = Expression.Call(
            typeof(EF), nameof(EF.Property), [typeof(Guid)], entity, Expression.Constant(TenantIdProperty));
        // A constant of the context's own type: EF swaps it for the executing context, so the filter
        // reads the tenant of the current scope on every query rather than the one that built the model.
        var tenantOfScope = Expression.Property(
            Expression.Constant(context, context.GetType()),
            context.GetType().GetProperty(nameof(ITenantScopedDbContext.CurrentTenantId))!);
        return Expression.Lambda(Expression.Equal(tenantOfRow, tenantOfScope), entity);
    }

    /// <summary>
    /// Rewrites indexes to lead with tenant_id and adds one per foreign key (the convention that would
    /// add plain foreign-key indexes is removed in <see cref="ModelConventions"/>).
    /// </summary>
    private static void LeadIndexesWithTenant(IMutableEntityType entityType)
    {
        var tenantProperty = entityType.FindProperty(TenantIdProperty)!;
        foreach (var index in entityType.GetDeclaredIndexes().Where(i => i.Properties[0] != tenantProperty).ToList())
        {
            var properties = WithTenantFirst(tenantProperty, index.Properties);
            var (name, isUnique, filter) = (index.Name, index.IsUnique, index.GetFilter());
            entityType.RemoveIndex(index);
            var replacement = name is null ? entityType.AddIndex(properties) : entityType.AddIndex(properties, name);
            replacement.IsUnique = isUnique;
            replacement.SetFilter(filter);
        }

        foreach (var foreignKey in entityType.GetDeclaredForeignKeys())
        {
            var properties = WithTenantFirst(tenantProperty, foreignKey.Properties);
            if (!IsCovered(entityType, properties))
            {
                entityType.AddIndex(properties);
            }
        }

        if (!entityType.GetDeclaredIndexes().Any())
        {
            entityType.AddIndex(tenantProperty);
        }
    }

    public static void IndexForeignKeys(IMutableEntityType entityType)
    {
        foreach (var foreignKey in entityType.GetDeclaredForeignKeys())
        {
            if (!IsCovered(entityType, foreignKey.Properties.ToList()))
            {
                entityType.AddIndex(foreignKey.Properties);
            }
        }
    }

    private static List<IMutableProperty> WithTenantFirst(IMutableProperty tenantProperty, IEnumerable<IMutableProperty> properties) =>
        [tenantProperty, .. properties.Where(p => p != tenantProperty)];

    private static bool IsCovered(IMutableEntityType entityType, List<IMutableProperty> properties) =>
        entityType.GetDeclaredIndexes().Any(i =>
            i.Properties.Count >= properties.Count && i.Properties.Take(properties.Count).SequenceEqual(properties));
}
