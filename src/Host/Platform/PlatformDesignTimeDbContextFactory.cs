using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace EqualityMark.Host.Platform;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
internal sealed class PlatformDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) =>
        new(DataServiceCollectionExtensions.DesignTimeOptions<PlatformDbContext>(PlatformDbContext.SchemaName), new TenantContext());
}
