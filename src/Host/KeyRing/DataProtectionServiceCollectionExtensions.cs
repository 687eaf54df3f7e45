using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Host.KeyRing;

internal static class DataProtectionServiceCollectionExtensions
{
    /// <summary>
    /// One key ring for every host: kept in platform.data_protection_keys (reached only through the platform role),
    /// encrypted with the configured certificate.
    /// </summary>
    public static void AddEqualityMarkDataProtection(this IServiceCollection services, IConfiguration configuration, string platformConnectionString)
    {
        services.AddDbContext<KeyRingDbContext>(options => options.UseNpgsql(platformConnectionString));
        services.AddDataProtection()
            .SetApplicationName("EqualityMark")
            .PersistKeysToDbContext<KeyRingDbContext>()
            .ProtectKeysWithCertificate(KeyRingCertificate.Load(configuration));
    }
}
