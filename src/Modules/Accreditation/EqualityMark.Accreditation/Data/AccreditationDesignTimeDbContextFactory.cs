using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace EqualityMark.Accreditation.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
internal sealed class AccreditationDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AccreditationDbContext>
{
    public AccreditationDbContext CreateDbContext(string[] args) =>
        new(DataServiceCollectionExtensions.DesignTimeOptions<AccreditationDbContext>(AccreditationDbContext.SchemaName), new TenantContext());
}
