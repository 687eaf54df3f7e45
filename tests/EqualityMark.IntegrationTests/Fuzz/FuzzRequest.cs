using System.Text;

namespace EqualityMark.IntegrationTests.Fuzz;

/// <summary>One generated call: where to send it and the body as raw JSON text (null: no body).</summary>
internal sealed record FuzzRequest(string Method, string Url, string? Json)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Json is not null)
        {
            message.Content = new StringContent(Json, Encoding.UTF8, "application/json");
        }

        return message;
    }

    public override string ToString() => $"{Method} {Url} {(Json is null ? "" : Json[..Math.Min(Json.Length, 300)])}";
}
