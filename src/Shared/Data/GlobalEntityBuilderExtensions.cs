using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EqualityMark.Shared.Data;

public static class GlobalEntityBuilderExtensions
{
    /// <summary>The [GlobalEntity] opt-out for a class from a package: the entity is platform-wide, not tenant-filtered.</summary>
    public static EntityTypeBuilder<T> IsGlobalEntity<T>(this EntityTypeBuilder<T> builder, string reason)
        where T : class =>
        builder.HasAnnotation(TenantModel.GlobalAnnotation, reason);
}
