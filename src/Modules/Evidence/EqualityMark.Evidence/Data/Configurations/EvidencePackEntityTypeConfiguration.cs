using EqualityMark.Evidence.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Evidence.Data.Configurations;

internal sealed class EvidencePackEntityTypeConfiguration : IEntityTypeConfiguration<EvidencePack>, IEntityTypeConfiguration<EvidencePackDocument>
{
    public void Configure(EntityTypeBuilder<EvidencePack> builder)
    {
        builder.ToTable("evidence_packs");
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.SchoolName).HasMaxLength(200);
        builder.Property(p => p.Stage).HasMaxLength(200);
        builder.Property(p => p.RequestedBy).HasMaxLength(200);
        builder.Property(p => p.Failure).HasMaxLength(1000);
        builder.HasIndex(p => new { p.SchoolId, p.RequestedAt });

        // One pack being made per school at a time: of two requests at once, the second insert fails.
        builder.HasIndex(p => p.SchoolId).IsUnique().HasFilter($"status IN ('{nameof(EvidencePackStatus.Queued)}', '{nameof(EvidencePackStatus.Building)}')")
            .HasDatabaseName("ix_evidence_packs_one_being_made");
        builder.HasIndex(p => p.ExpiresAt);
    }

    public void Configure(EntityTypeBuilder<EvidencePackDocument> builder)
    {
        builder.ToTable("evidence_pack_documents");
        builder.Property(d => d.Format).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.HasIndex(d => new { d.PackId, d.Format }).IsUnique();
        builder.HasOne<EvidencePack>().WithMany().HasForeignKey(d => d.PackId).OnDelete(DeleteBehavior.Cascade);
    }
}
