namespace EqualityMark.Shared.Web;

/// <summary>Absolute links into a local authority's site (or the operators' site), for emails and calendar feeds.</summary>
public interface ITenantLinks
{
    string For(string tenantCode, string pathAndQuery);

    /// <summary>An absolute link into the platform operators' site.</summary>
    string ForPlatform(string pathAndQuery);
}
