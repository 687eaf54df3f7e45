using EqualityMark.Accreditation.Domain;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Data;

internal sealed class AccreditationDbContext(DbContextOptions<AccreditationDbContext> options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "accreditation";

    public DbSet<AwardRules> Rules => Set<AwardRules>();

    public DbSet<AccreditationSummary> Summaries => Set<AccreditationSummary>();

    public DbSet<SummaryVersion> SummaryVersions => Set<SummaryVersion>();

    public DbSet<SummaryEntry> SummaryEntries => Set<SummaryEntry>();

    public DbSet<Award> Awards => Set<Award>();

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    public DbSet<ReminderSent> RemindersSent => Set<ReminderSent>();

    protected override string Schema => SchemaName;
}
