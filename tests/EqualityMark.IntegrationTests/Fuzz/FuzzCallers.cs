namespace EqualityMark.IntegrationTests.Fuzz;

/// <summary>Who sends a fuzz case: the platform operator for platform operations, else an authority admin and a school co-ordinator in turn.</summary>
internal sealed record FuzzCallers(HttpClient Admin, HttpClient Coordinator, HttpClient Operator)
{
    public (string Who, HttpClient Client) For(OpenApiOperation operation, int caseNumber) =>
        operation.Path.StartsWith("/api/v1/platform/", StringComparison.Ordinal) ? ("operator", Operator)
        : caseNumber % 2 == 0 ? ("authority admin", Admin)
        : ("school co-ordinator", Coordinator);
}
