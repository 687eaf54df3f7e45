using EqualityMark.ActionPlanning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.ActionPlanning.Data.Configurations;

internal sealed class StatementEntityTypeConfigurations :
    IEntityTypeConfiguration<EqualityStatement>,
    IEntityTypeConfiguration<StatementFigure>,
    IEntityTypeConfiguration<PublishedStatement>
{
    public void Configure(EntityTypeBuilder<EqualityStatement> builder)
    {
        builder.ToTable("equality_statements");
        builder.HasIndex(s => s.SchoolId).IsUnique();
        builder.HasMany(s => s.Figures).WithOne().HasForeignKey(f => f.StatementId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.InformationNarrative).HasMaxLength(8000);
        builder.Property(s => s.ObjectivesNarrative).HasMaxLength(4000);
        builder.Property(s => s.ApprovedBy).HasMaxLength(200);
        builder.Property(s => s.UpdatedBy).HasMaxLength(200);
        builder.Property(s => s.RowVersion).IsRowVersion().HasColumnName("xmin");
    }

    public void Configure(EntityTypeBuilder<StatementFigure> builder)
    {
        builder.ToTable("statement_figures");
        builder.Property(f => f.StrandKey).HasMaxLength(80);
        builder.Property(f => f.GroupLabel).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<PublishedStatement> builder)
    {
        builder.ToTable("published_statements");
        builder.HasIndex(p => new { p.SchoolUrn, p.Version }).IsUnique();
        builder.HasIndex(p => new { p.SchoolId, p.Version }).IsUnique();
        builder.Property(p => p.SchoolUrn).HasMaxLength(6);
        builder.Property(p => p.SchoolName).HasMaxLength(200);
        builder.Property(p => p.PublishedBy).HasMaxLength(200);
        builder.Property(p => p.ApprovedBy).HasMaxLength(200);
        builder.Property(p => p.ContentJson).HasColumnType("jsonb");
    }
}
