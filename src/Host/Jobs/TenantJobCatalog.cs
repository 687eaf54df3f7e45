using EqualityMark.Shared.Jobs;

namespace EqualityMark.Host.Jobs;

/// <summary>The recurring jobs the modules declared with AddTenantJob, by name.</summary>
internal sealed class TenantJobCatalog(IEnumerable<TenantJobDefinition> definitions)
{
    public IReadOnlyList<TenantJobDefinition> All { get; } = definitions.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();

    public TenantJobDefinition? Find(string name) => All.FirstOrDefault(d => d.Name == name);
}
