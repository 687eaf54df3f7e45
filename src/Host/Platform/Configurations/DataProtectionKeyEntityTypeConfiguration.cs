using EqualityMark.Shared.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Host.Platform.Configurations;

/// <summary>The package's key entity in the table the hand-written store used, so existing keys stay readable.</summary>
internal sealed class DataProtectionKeyEntityTypeConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("data_protection_keys");
        builder.IsGlobalEntity("Data-protection keys protect cookies for all tenants and hosts alike.");
        builder.Property(k => k.FriendlyName).HasMaxLength(200).IsRequired();
        builder.Property(k => k.Xml).HasMaxLength(20000).IsRequired();
    }
}
