using EqualityMark.Host.Platform;
using Microsoft.AspNetCore.DataProtection;

namespace EqualityMark.Host.KeyRing;

internal static class DataProtectionServiceCollectionExtensions
{
    /// <summary>One key ring for every host: kept in platform.data_protection_keys, encrypted with the configured certificate.</summary>
    public static void AddEqualityMarkDataProtection(this IServiceCollection services, IConfiguration configuration) =>
        services.AddDataProtection()
            .SetApplicationName("EqualityMark")
            .PersistKeysToDbContext<PlatformDbContext>()
            .ProtectKeysWithCertificate(KeyRingCertificate.Load(configuration));
}
