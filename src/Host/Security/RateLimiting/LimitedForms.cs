namespace EqualityMark.Host.Security.RateLimiting;

/// <summary>The posts that are rate limited, and whether each also counts per account (by the email address it names).</summary>
internal static class LimitedForms
{
    private static readonly Dictionary<string, (string Name, bool PerAccount)> ByPath = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/account/sign-in"] = ("sign-in", true),
        ["/platform/sign-in"] = ("operator-sign-in", true),
        ["/account/forgot-password"] = ("password-reset", true),
        ["/account/reset-password"] = ("password-reset-link", false),
        ["/platform/forgot-password"] = ("operator-password-reset", true),
        ["/platform/reset-password"] = ("operator-password-reset-link", false),
        ["/account/accept-invitation"] = ("invitation", false),
        ["/sign-up"] = ("sign-up", false),
        ["/api/v1/sign-ups"] = ("sign-up", false),
    };

    public static (string Name, bool PerAccount)? For(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && ByPath.TryGetValue(request.Path.Value?.TrimEnd('/') ?? string.Empty, out var form) ? form : null;
}
