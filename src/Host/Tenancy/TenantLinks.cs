using EqualityMark.Shared.Web;

namespace EqualityMark.Host.Tenancy;

/// <summary>Builds absolute links from "Tenancy:PublicUrlTemplate", e.g. "http://{tenant}.localhost:5080".</summary>
internal sealed class TenantLinks(IConfiguration configuration) : ITenantLinks
{
    public string For(string tenantCode, string pathAndQuery)
    {
        var template = configuration["Tenancy:PublicUrlTemplate"] ?? "http://{tenant}.localhost:5080";
        return template.Replace("{tenant}", tenantCode, StringComparison.Ordinal).TrimEnd('/') + pathAndQuery;
    }
}
