using EqualityMark.Evidence.Domain;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Evidence.Data;

internal sealed class EvidenceDbContext(DbContextOptions<EvidenceDbContext> options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "evidence";

    public DbSet<EvidenceFile> Files => Set<EvidenceFile>();

    public DbSet<EvidenceFileContent> Contents => Set<EvidenceFileContent>();

    public DbSet<EvidencePack> Packs => Set<EvidencePack>();

    public DbSet<EvidencePackDocument> PackDocuments => Set<EvidencePackDocument>();

    protected override string Schema => SchemaName;
}
