using EqualityMark.Audit.Domain;
using EqualityMark.Shared.Data;
using EqualityMark.Shared.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Data;

internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "audit";

    public DbSet<FrameworkVersion> FrameworkVersions => Set<FrameworkVersion>();

    public DbSet<AuditSettings> Settings => Set<AuditSettings>();

    public DbSet<ReferenceGroup> ReferenceGroups => Set<ReferenceGroup>();

    public DbSet<ReferenceGroupMember> ReferenceGroupMembers => Set<ReferenceGroupMember>();

    public DbSet<ReferenceGroupMeeting> ReferenceGroupMeetings => Set<ReferenceGroupMeeting>();

    public DbSet<SchoolAudit> Audits => Set<SchoolAudit>();

    public DbSet<Judgement> Judgements => Set<Judgement>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    public DbSet<GridOverride> GridOverrides => Set<GridOverride>();

    public DbSet<GridCellChange> GridCellChanges => Set<GridCellChange>();

    public DbSet<GridHistoryTotal> GridHistoryTotals => Set<GridHistoryTotal>();

    public DbSet<ReminderSent> RemindersSent => Set<ReminderSent>();

    public DbSet<BenchmarkCount> BenchmarkCounts => Set<BenchmarkCount>();

    public DbSet<BenchmarkContribution> BenchmarkContributions => Set<BenchmarkContribution>();

    public DbSet<NationalBenchmarkCount> NationalBenchmarkCounts => Set<NationalBenchmarkCount>();

    protected override string Schema => SchemaName;
}
