using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Shared.DataExport;

/// <summary>
/// Builds a module's export part from its own DbContext: one query per table (the tenant filter and row-level
/// security apply as to any query), columns taken from the EF model (in the order the entity declares them) so a new property is exported without
/// anyone remembering to add it, secrets left out by <see cref="DataExportColumns"/>.
/// </summary>
public sealed class DataExportBuilder(DbContext db, string module)
{
    private readonly List<DataExportTable> _tables = [];
    private readonly List<DataExportFile> _files = [];

    public async Task AddTableAsync<TEntity>(string name, IQueryable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not an entity of {module}.");
        var properties = entityType.GetProperties()
            .Where(p => p.PropertyInfo is not null && DataExportColumns.IsExported(p.Name, p.ClrType))
            .OrderBy(p => p.PropertyInfo!.MetadataToken)
            .ToList();
        var values = new List<object?[]>();
        await foreach (var entity in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            values.Add(properties.Select(p => DataExportValues.Normalise(p.PropertyInfo!.GetValue(entity))).ToArray());
        }

        _tables.Add(new DataExportTable(name, properties.ConvertAll(p => DataExportColumns.HumanName(p.Name)), values));
    }

    public void AddFile(DataExportFile file) => _files.Add(file);

    public DataExportPart Build() => new(module, _tables, _files);
}
