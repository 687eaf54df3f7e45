namespace EqualityMark.Shared.PublicPages;

/// <summary>The output-cache policy of the authority's public pages (a page model opts in with <c>[OutputCache(PolicyName = ...)]</c>).</summary>
public static class PublicPageCache
{
    public const string PolicyName = "public-page";

    /// <summary>The most the cached pages of every authority together may take in a node's memory.</summary>
    public const long SizeLimitBytes = 32L * 1024 * 1024;

    /// <summary>How long a cached public page lives when nothing evicts it (e.g. an award that expires at midnight).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>The tag every cached public page of one authority carries, so a change evicts them together.</summary>
    public static string TenantTag(Guid tenantId) => $"public-pages:{tenantId:N}";
}
