namespace EqualityMark.IntegrationTests.Api;

public sealed record ValidationProblem(int Status, string Title, Dictionary<string, string[]> Errors);
