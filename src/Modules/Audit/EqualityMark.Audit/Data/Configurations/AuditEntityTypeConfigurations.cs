using EqualityMark.Audit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Audit.Data.Configurations;

/// <summary>Tables of the audit itself: audits, judgements, delegations, grid overrides and their history.</summary>
internal sealed class AuditEntityTypeConfigurations :
    IEntityTypeConfiguration<SchoolAudit>,
    IEntityTypeConfiguration<Judgement>,
    IEntityTypeConfiguration<Delegation>,
    IEntityTypeConfiguration<GridOverride>,
    IEntityTypeConfiguration<GridCellChange>,
    IEntityTypeConfiguration<GridHistoryTotal>
{
    public void Configure(EntityTypeBuilder<SchoolAudit> builder)
    {
        builder.ToTable("audits");
        builder.HasIndex(a => new { a.SchoolId, a.AcademicYear }).IsUnique();
        builder.HasIndex(a => new { a.AcademicYear, a.Status });
        builder.Property(a => a.SchoolPhase).HasMaxLength(40);
        builder.Property(a => a.ReturnedReason).HasMaxLength(2000);
        builder.Property(a => a.GridSharedBy).HasMaxLength(200);
        builder.Property(a => a.RowVersion).IsRowVersion().HasColumnName("xmin");
    }

    public void Configure(EntityTypeBuilder<Judgement> builder)
    {
        builder.ToTable("judgements");
        builder.HasIndex(j => new { j.AuditId, j.ItemKey, j.StrandKey }).IsUnique();
        builder.HasOne<SchoolAudit>().WithMany().HasForeignKey(j => j.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(j => j.ItemKey).HasMaxLength(80);
        builder.Property(j => j.ElementKey).HasMaxLength(80);
        builder.Property(j => j.StrandKey).HasMaxLength(80);
        builder.Property(j => j.UpdatedBy).HasMaxLength(200);
        builder.Property(j => j.RowVersion).IsRowVersion().HasColumnName("xmin");
    }

    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.ToTable("delegations");
        builder.HasOne<SchoolAudit>().WithMany().HasForeignKey(d => d.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.AuditId, d.UserId });
        builder.Property(d => d.UserName).HasMaxLength(200);
        builder.Property(d => d.ElementKey).HasMaxLength(80);
        builder.Property(d => d.StrandKey).HasMaxLength(80);
    }

    public void Configure(EntityTypeBuilder<GridOverride> builder)
    {
        builder.ToTable("grid_overrides");
        builder.HasOne<SchoolAudit>().WithMany().HasForeignKey(o => o.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.AuditId, o.ElementKey, o.StrandKey }).IsUnique();
        builder.Property(o => o.SetBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<GridCellChange> builder)
    {
        builder.ToTable("grid_cell_changes");
        builder.HasOne<SchoolAudit>().WithMany().HasForeignKey(c => c.AuditId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.AuditId, c.ElementKey, c.StrandKey, c.ChangedAt });
        // With the id, the newest-first page (changed_at, id) is read straight off the index: no sort of the whole history,
        // even in the generic plan of a prepared statement, which cannot know the audit is a busy one.
        builder.HasIndex(c => new { c.AuditId, c.ChangedAt, c.Id });
        builder.Property(c => c.ChangedBy).HasMaxLength(200);
        builder.Property(c => c.Reason).HasMaxLength(2000);
    }

    /// <summary>Written only by the trigger on grid_cell_changes (migration GridHistoryTotals); the app reads it.</summary>
    public void Configure(EntityTypeBuilder<GridHistoryTotal> builder)
    {
        builder.ToTable("grid_history_totals");
        builder.HasKey(t => t.AuditId);
        builder.HasIndex(t => t.AuditId);
        builder.HasOne<SchoolAudit>().WithMany().HasForeignKey(t => t.AuditId).OnDelete(DeleteBehavior.Cascade);
    }
}
