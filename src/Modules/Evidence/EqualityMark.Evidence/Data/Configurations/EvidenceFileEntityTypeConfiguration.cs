using EqualityMark.Evidence.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Evidence.Data.Configurations;

internal sealed class EvidenceFileEntityTypeConfiguration : IEntityTypeConfiguration<EvidenceFile>, IEntityTypeConfiguration<EvidenceFileContent>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("files");
        builder.HasIndex(f => new { f.OwnerType, f.OwnerId });
        builder.HasIndex(f => f.SchoolId);
        builder.Property(f => f.OwnerType).HasMaxLength(40);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(120);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.UploadedBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<EvidenceFileContent> builder)
    {
        builder.ToTable("file_contents");
        builder.HasKey(c => c.FileId);
        builder.HasOne<EvidenceFile>().WithOne().HasForeignKey<EvidenceFileContent>(c => c.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}
