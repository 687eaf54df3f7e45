namespace EqualityMark.Shared.Data;

/// <summary>A module's DbContext, joined to its service scope as the scope makes it (<see cref="DataServiceCollectionExtensions.AddModuleDbContext{TContext}"/>).</summary>
public interface IScopeJoinedDbContext : ITenantScopedDbContext
{
    DbContextScope? Scope { get; set; }
}
