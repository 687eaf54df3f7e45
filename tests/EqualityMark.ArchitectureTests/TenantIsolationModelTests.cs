using EqualityMark.Host.Modules;
using EqualityMark.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EqualityMark.ArchitectureTests;

/// <summary>
/// Builds every module's DbContext and proves isolation is the default: each entity is either filtered by
/// the named tenant filter (with a tenant_id column and indexes that lead with it) or marked global.
/// </summary>
public sealed class TenantIsolationModelTests
{
    public static TheoryData<string> ContextTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in AllContextTypes())
        {
            data.Add(type.AssemblyQualifiedName!);
        }

        return data;
    }

    [Fact]
    public void Every_module_has_a_context()
    {
        Assert.True(AllContextTypes().Count() >= ModuleRegistry.Modules.Count);
    }

    [Theory]
    [MemberData(nameof(ContextTypes))]
    public void Every_entity_is_tenant_filtered_or_explicitly_global(string contextType)
    {
        var model = DesignTimeModel(contextType);
        foreach (var entity in model.GetEntityTypes().Where(e => !e.IsOwned() && e.BaseType is null))
        {
            if (TenantModel.IsGlobal(entity))
            {
                Assert.Null(entity.FindProperty(TenantModel.TenantIdProperty));
                continue;
            }

            Assert.True(entity.FindDeclaredQueryFilter(TenantModel.FilterName) is not null, $"{entity.DisplayName()} has no tenant filter");
            var tenantId = entity.FindProperty(TenantModel.TenantIdProperty);
            Assert.True(tenantId is { IsNullable: false }, $"{entity.DisplayName()} needs a non-null tenant_id");
            Assert.Equal("tenant_id", tenantId!.GetColumnName());
        }
    }

    [Theory]
    [MemberData(nameof(ContextTypes))]
    public void Every_index_of_a_tenant_table_leads_with_tenant_id(string contextType)
    {
        var model = DesignTimeModel(contextType);
        var tenantEntities = model.GetEntityTypes().Where(e => !TenantModel.IsGlobal(e) && !e.IsOwned()).ToList();
        Assert.NotEmpty(tenantEntities);
        foreach (var entity in tenantEntities)
        {
            Assert.NotEmpty(entity.GetIndexes());
            Assert.All(entity.GetIndexes(), index =>
                Assert.True(index.Properties[0].Name == TenantModel.TenantIdProperty, $"{entity.DisplayName()}: index {index.GetDatabaseName()} does not lead with tenant_id"));
        }
    }

    [Theory]
    [MemberData(nameof(ContextTypes))]
    public void Every_foreign_key_is_indexed(string contextType)
    {
        var model = DesignTimeModel(contextType);
        foreach (var foreignKey in model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()))
        {
            var covered = foreignKey.DeclaringEntityType.GetIndexes().Any(i => foreignKey.Properties.All(p => i.Properties.Contains(p)));
            Assert.True(covered, $"{foreignKey.DeclaringEntityType.DisplayName()}: foreign key on {string.Join(", ", foreignKey.Properties.Select(p => p.Name))} has no index");
        }
    }

    [Theory]
    [MemberData(nameof(ContextTypes))]
    public void Each_context_owns_its_own_schema(string contextType)
    {
        var model = DesignTimeModel(contextType);
        var schemas = model.GetEntityTypes().Select(e => e.GetSchema()).Distinct().ToList();
        Assert.Single(schemas);
        Assert.NotEqual("public", schemas[0]);
    }

    /// <summary>
    /// A context that is not a module's (the key ring's, on the platform role's connection) only reads and writes a table
    /// a module's context creates and these tests check; it never migrates anything of its own.
    /// </summary>
    [Fact]
    public void Contexts_outside_the_modules_only_use_tables_a_module_creates()
    {
        var others = AllDbContextTypes().Where(t => !typeof(ITenantScopedDbContext).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(others);
        foreach (var contextType in others)
        {
            var options = ((DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!)
                .UseNpgsql("Host=localhost").Options;
            using var context = (DbContext)Activator.CreateInstance(contextType, options)!;
            Assert.All(context.GetService<IDesignTimeModel>().Model.GetEntityTypes(), entity => Assert.True(entity.IsTableExcludedFromMigrations(), $"{contextType.Name} migrates {entity.GetTableName()}"));
        }
    }

    /// <summary>The contexts that hold the modules' data: each migrates its own schema.</summary>
    private static IEnumerable<Type> AllContextTypes() =>
        AllDbContextTypes().Where(t => typeof(ITenantScopedDbContext).IsAssignableFrom(t));

    private static IEnumerable<Type> AllDbContextTypes() =>
        ModuleRegistry.Assemblies.SelectMany(a => a.GetTypes()).Where(t => !t.IsAbstract && typeof(DbContext).IsAssignableFrom(t));

    private static IModel DesignTimeModel(string contextTypeName)
    {
        var contextType = Type.GetType(contextTypeName, throwOnError: true)!;
        var factoryType = contextType.Assembly.GetTypes().SingleOrDefault(t =>
            t.GetInterfaces().Contains(typeof(IDesignTimeDbContextFactory<>).MakeGenericType(contextType)));
        Assert.True(factoryType is not null, $"{contextType.Name} needs a design-time factory");
        var factory = Activator.CreateInstance(factoryType!, nonPublic: true)!;
        var context = (DbContext)factoryType!.GetMethod("CreateDbContext")!.Invoke(factory, [Array.Empty<string>()])!;
        return context.GetService<IDesignTimeModel>().Model;
    }
}
