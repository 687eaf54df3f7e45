using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace EqualityMark.Organisations.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
internal sealed class OrganisationsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<OrganisationsDbContext>
{
    public OrganisationsDbContext CreateDbContext(string[] args) =>
        new(DataServiceCollectionExtensions.DesignTimeOptions<OrganisationsDbContext>(OrganisationsDbContext.Schema), new TenantContext());
}
