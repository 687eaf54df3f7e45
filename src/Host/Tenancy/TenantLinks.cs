using EqualityMark.Shared.Web;

namespace EqualityMark.Host.Tenancy;

/// <summary>Builds absolute links from "Tenancy:PublicUrlTemplate", e.g. "http://{tenant}.localhost:5080".</summary>
internal sealed class TenantLinks(IConfiguration configuration) : ITenantLinks
{
    public string For(string tenantCode, string pathAndQuery) =>
        Template.Replace("{tenant}", tenantCode, StringComparison.Ordinal).TrimEnd('/') + pathAndQuery;

    /// <summary>The platform is the base domain itself: the template without its "{tenant}." part.</summary>
    public string ForPlatform(string pathAndQuery) =>
        Template.Replace("{tenant}.", string.Empty, StringComparison.Ordinal).TrimEnd('/') + pathAndQuery;

    private string Template => configuration["Tenancy:PublicUrlTemplate"] ?? "http://{tenant}.localhost:5080";
}
