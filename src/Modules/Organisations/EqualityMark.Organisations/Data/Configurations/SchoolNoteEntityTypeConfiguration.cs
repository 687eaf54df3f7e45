using EqualityMark.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Organisations.Data.Configurations;

internal sealed class SchoolNoteEntityTypeConfiguration : IEntityTypeConfiguration<SchoolNote>
{
    public void Configure(EntityTypeBuilder<SchoolNote> builder)
    {
        builder.ToTable("school_notes");
        builder.Property(n => n.Text).HasMaxLength(SchoolNoteRules.LongestNote);
        builder.Property(n => n.AuthorName).HasMaxLength(200);
        builder.HasOne<School>().WithMany().HasForeignKey(n => n.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.SchoolId, n.WrittenAt });
    }
}
