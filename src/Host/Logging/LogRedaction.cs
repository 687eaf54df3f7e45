using System.Text.RegularExpressions;

namespace EqualityMark.Host.Logging;

/// <summary>
/// Paths and query strings as logs and traces may show them: secrets carried in a URL (calendar feed tokens,
/// invitation and password reset tokens) are replaced, so an operator reading logs cannot use them.
/// </summary>
internal static partial class LogRedaction
{
    public const string Hidden = "[hidden]";

    public static string Path(HttpRequest request) => Path(request.Path.Value ?? string.Empty);

    public static string Path(string path) => FeedToken().Replace(path, "$1" + Hidden + "$2");

    public static string Query(HttpRequest request) =>
        request.QueryString.HasValue ? SecretParameter().Replace(request.QueryString.Value!, "$1" + Hidden) : string.Empty;

    [GeneratedRegex(@"(/feed/)[^/.]+(\.ics)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FeedToken();

    [GeneratedRegex(@"([?&](?:token|key|secret|code)=)[^&]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretParameter();
}
