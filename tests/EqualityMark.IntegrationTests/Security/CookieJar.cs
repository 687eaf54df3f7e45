using EqualityMark.TestSupport;
using Microsoft.Net.Http.Headers;

namespace EqualityMark.IntegrationTests.Security;

/// <summary>Cookies a test can see and copy: a copy sends exactly what a stolen or copied cookie would.</summary>
internal sealed class CookieJar : DelegatingHandler
{
    private readonly Dictionary<string, string> _cookies;

    public CookieJar(Dictionary<string, string>? cookies = null) => _cookies = cookies ?? [];

    public IReadOnlyDictionary<string, string> Cookies => _cookies;

    public CookieJar Copy() => new(new Dictionary<string, string>(_cookies));

    public static HttpClient ClientFor(EqualityMarkAppFactory factory, string host, CookieJar jar, string scheme = "http")
    {
        var client = factory.CreateDefaultClient(new Uri($"{scheme}://{host}/"), jar);
        client.DefaultRequestHeaders.Add(EqualityMarkAppFactory.ApiClientHeader, "tests");
        return client;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var cookie in SetCookieHeaderValue.ParseList(setCookies.ToList()))
            {
                if (cookie.Expires < DateTimeOffset.UtcNow)
                {
                    _cookies.Remove(cookie.Name.ToString());
                }
                else
                {
                    _cookies[cookie.Name.ToString()] = cookie.Value.ToString();
                }
            }
        }

        return response;
    }
}
