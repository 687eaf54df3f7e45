using System.Text.Json.Nodes;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Tenancy;

namespace EqualityMark.Accreditation.Features.Credentials;

/// <summary>The authority as an OB 3.0 issuer Profile; its id is the URL that serves this same document.</summary>
internal static class IssuerProfile
{
    public static JsonObject For(TenantInfo authority, PublicAwardLinks links) => new()
    {
        ["id"] = links.Issuer,
        ["type"] = new JsonArray("Profile"),
        ["name"] = authority.Name,
        ["url"] = links.Site,
    };

    public static JsonObject Document(TenantInfo authority, PublicAwardLinks links)
    {
        var profile = For(authority, links);
        profile.Insert(0, "@context", new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        return profile;
    }
}
