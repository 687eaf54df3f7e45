using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace EqualityMark.ActionPlanning.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
internal sealed class ActionPlanningDesignTimeDbContextFactory : IDesignTimeDbContextFactory<ActionPlanningDbContext>
{
    public ActionPlanningDbContext CreateDbContext(string[] args) =>
        new(DataServiceCollectionExtensions.DesignTimeOptions<ActionPlanningDbContext>(ActionPlanningDbContext.SchemaName), new TenantContext());
}
