using System.Net;
using System.Text.RegularExpressions;

namespace EqualityMark.TestSupport;

/// <summary>Submits a server-rendered form the way a browser does: fetch the page, keep its anti-forgery token, post.</summary>
public static partial class FormPost
{
    /// <param name="handler">Appended to the post address, e.g. "?handler=Judgement".</param>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, IDictionary<string, string> fields, string handler = "") =>
        await (await PrepareAsync(client, path, fields, handler))();

    /// <summary>Opens the form now and returns the post, to send later: several people who opened the same form press its button at once.</summary>
    public static async Task<Func<Task<HttpResponseMessage>>> PrepareAsync(HttpClient client, string path, IDictionary<string, string> fields, string handler = "")
    {
        var page = await client.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No anti-forgery token on {path} (status {(int)page.StatusCode}).");
        }

        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        var target = handler.Length == 0 ? path : path.Split('?')[0] + handler;
        return () => client.PostAsync(target, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = EqualityMarkAppFactory.DemoPassword) =>
        SubmitAsync(client, "/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
