using EqualityMark.Audit.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Audit.Data.Configurations;

/// <summary>The benchmark aggregates: each authority's own counts, its contribution setting, and the all-authorities table.</summary>
internal sealed class BenchmarkEntityTypeConfigurations :
    IEntityTypeConfiguration<BenchmarkCount>,
    IEntityTypeConfiguration<BenchmarkContribution>,
    IEntityTypeConfiguration<NationalBenchmarkCount>
{
    public const string CountsTable = "benchmark_counts";
    public const string ContributionsTable = "benchmark_contributions";
    public const string NationalTable = "national_benchmark_counts";

    public void Configure(EntityTypeBuilder<BenchmarkCount> builder)
    {
        builder.ToTable(CountsTable);
        builder.HasIndex(c => new { c.TenantId, c.AcademicYear, c.Phase, c.ElementKey, c.StrandKey }).IsUnique();
        builder.Property(c => c.Phase).HasMaxLength(40);
        Keys(builder.Property(c => c.ElementKey), builder.Property(c => c.StrandKey));
    }

    public void Configure(EntityTypeBuilder<BenchmarkContribution> builder)
    {
        builder.ToTable(ContributionsTable);
        builder.HasIndex(c => c.TenantId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<NationalBenchmarkCount> builder)
    {
        builder.ToTable(NationalTable);
        builder.HasIndex(c => new { c.AcademicYear, c.Phase, c.ElementKey, c.StrandKey }).IsUnique();
        builder.Property(c => c.Phase).HasMaxLength(40);
        Keys(builder.Property(c => c.ElementKey), builder.Property(c => c.StrandKey));
    }

    private static void Keys(params PropertyBuilder<string>[] properties)
    {
        foreach (var property in properties)
        {
            property.HasMaxLength(80);
        }
    }
}
