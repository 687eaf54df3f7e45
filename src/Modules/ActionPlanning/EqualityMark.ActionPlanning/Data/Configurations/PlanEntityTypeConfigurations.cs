using EqualityMark.ActionPlanning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.ActionPlanning.Data.Configurations;

internal sealed class PlanEntityTypeConfigurations :
    IEntityTypeConfiguration<ActionPlan>,
    IEntityTypeConfiguration<Objective>,
    IEntityTypeConfiguration<ObjectiveCell>,
    IEntityTypeConfiguration<PlanAction>,
    IEntityTypeConfiguration<ProgressNote>,
    IEntityTypeConfiguration<ImpactRecord>,
    IEntityTypeConfiguration<PlanComment>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder)
    {
        builder.ToTable("plans");
        builder.HasIndex(p => p.SchoolId).IsUnique();
        builder.Property(p => p.SchoolName).HasMaxLength(200);
        builder.Property(p => p.LastUpdatedBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<Objective> builder)
    {
        builder.ToTable("objectives");
        builder.HasOne<ActionPlan>().WithMany().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.SchoolId, o.AcademicYear });
        builder.HasMany(o => o.Cells).WithOne().HasForeignKey(c => c.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.SipReference).HasMaxLength(50);
        builder.Property(o => o.SipPriority).HasMaxLength(500);
        builder.Property(o => o.SuccessCriteria).HasMaxLength(2000);
        builder.Property(o => o.CreatedBy).HasMaxLength(200);
        builder.Property(o => o.UpdatedBy).HasMaxLength(200);
        builder.Property(o => o.RowVersion).IsRowVersion().HasColumnName("xmin");
    }

    public void Configure(EntityTypeBuilder<ObjectiveCell> builder)
    {
        builder.ToTable("objective_cells");
        builder.HasIndex(c => new { c.ObjectiveId, c.ElementKey, c.StrandKey }).IsUnique();
        builder.HasIndex(c => c.StrandKey);
        builder.Property(c => c.ElementKey).HasMaxLength(80);
        builder.Property(c => c.StrandKey).HasMaxLength(80);
    }

    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ToTable("actions");
        builder.HasOne<Objective>().WithMany().HasForeignKey(a => a.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.Status, a.DueOn });
        builder.HasIndex(a => a.SchoolId);
        builder.HasIndex(a => a.OwnerUserId);
        builder.Property(a => a.Description).HasMaxLength(500);
        builder.Property(a => a.OwnerName).HasMaxLength(200);
        builder.Property(a => a.Resources).HasMaxLength(500);
        builder.Property(a => a.DroppedReason).HasMaxLength(1000);
        builder.Property(a => a.UpdatedBy).HasMaxLength(200);
        builder.Property(a => a.RowVersion).IsRowVersion().HasColumnName("xmin");
    }

    public void Configure(EntityTypeBuilder<ProgressNote> builder)
    {
        builder.ToTable("progress_notes");
        builder.HasOne<PlanAction>().WithMany().HasForeignKey(n => n.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.ActionId, n.WrittenAt });
        builder.Property(n => n.Changes).HasMaxLength(1000);
        builder.Property(n => n.WrittenBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<ImpactRecord> builder)
    {
        builder.ToTable("impact_records");
        builder.HasOne<Objective>().WithMany().HasForeignKey(i => i.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.StrandKey).HasMaxLength(80);
        builder.Property(i => i.Group).HasMaxLength(200);
        builder.Property(i => i.Measure).HasMaxLength(200);
        builder.Property(i => i.Before).HasMaxLength(100);
        builder.Property(i => i.After).HasMaxLength(100);
        builder.Property(i => i.RecordedBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<PlanComment> builder)
    {
        builder.ToTable("plan_comments");
        builder.HasOne<ActionPlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Text).HasMaxLength(2000);
        builder.Property(c => c.WrittenBy).HasMaxLength(200);
    }
}
