namespace EqualityMark.ActionPlanning.Features.Statement;

internal static class StatementText
{
    /// <summary>A narrative's paragraphs, as the person separated them with line breaks.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
