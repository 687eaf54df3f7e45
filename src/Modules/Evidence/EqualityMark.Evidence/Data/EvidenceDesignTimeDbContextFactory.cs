using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore.Design;

namespace EqualityMark.Evidence.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
internal sealed class EvidenceDesignTimeDbContextFactory : IDesignTimeDbContextFactory<EvidenceDbContext>
{
    public EvidenceDbContext CreateDbContext(string[] args) =>
        new(DataServiceCollectionExtensions.DesignTimeOptions<EvidenceDbContext>(EvidenceDbContext.SchemaName), new TenantContext());
}
