using System.Xml.Linq;
using EqualityMark.Shared.Tenancy;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace EqualityMark.Host.Platform;

/// <summary>Stores data-protection keys in PostgreSQL so any host can read cookies issued by another.</summary>
internal sealed class DatabaseXmlRepository(TenantScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope(null);
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return db.DataProtectionKeys.Select(k => k.Xml).ToList().ConvertAll(XElement.Parse);
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope(null);
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
