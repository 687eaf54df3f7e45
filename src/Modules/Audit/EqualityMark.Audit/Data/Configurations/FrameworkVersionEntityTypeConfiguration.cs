using EqualityMark.Audit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Audit.Data.Configurations;

internal sealed class FrameworkVersionEntityTypeConfiguration : IEntityTypeConfiguration<FrameworkVersion>
{
    public void Configure(EntityTypeBuilder<FrameworkVersion> builder)
    {
        builder.ToTable("framework_versions");
        builder.HasIndex(v => v.Number).IsUnique();
        builder.Property(v => v.RowVersion).IsRowVersion();
        builder.Property(v => v.Content)
            .HasColumnType("jsonb")
            .HasConversion(c => FrameworkContentJson.Serialize(c), json => FrameworkContentJson.Deserialize(json))
            .Metadata.SetValueComparer(new ValueComparer<FrameworkContent>(
                (a, b) => FrameworkContentJson.Serialize(a!) == FrameworkContentJson.Serialize(b!),
                c => FrameworkContentJson.Serialize(c).GetHashCode(StringComparison.Ordinal),
                c => FrameworkContentJson.Deserialize(FrameworkContentJson.Serialize(c))));
    }
}
