namespace EqualityMark.Shared.Security;

public static class AuthenticationSchemes
{
    /// <summary>The cookie of a local authority's users, issued per tenant host name.</summary>
    public const string Tenant = "Identity.Application";

    /// <summary>The cookie of platform operators, issued only on the platform host.</summary>
    public const string Platform = "Platform";
}
