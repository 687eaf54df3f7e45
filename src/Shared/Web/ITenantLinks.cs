namespace EqualityMark.Shared.Web;

/// <summary>Absolute links into a local authority's site, for emails and calendar feeds.</summary>
public interface ITenantLinks
{
    string For(string tenantCode, string pathAndQuery);
}
