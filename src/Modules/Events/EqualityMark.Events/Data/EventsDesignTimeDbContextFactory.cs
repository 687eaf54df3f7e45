using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace EqualityMark.Events.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
internal sealed class EventsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<EventsDbContext>
{
    public EventsDbContext CreateDbContext(string[] args) =>
        new(DataServiceCollectionExtensions.DesignTimeOptions<EventsDbContext>(EventsDbContext.SchemaName), new TenantContext());
}
