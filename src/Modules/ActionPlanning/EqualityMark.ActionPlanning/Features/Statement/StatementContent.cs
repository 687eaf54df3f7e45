using System.Text.Json;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>What a publication froze (PublishedStatement.ContentJson): raw counts are kept, suppression happens when shown.</summary>
internal sealed record StatementContent(
    string InformationNarrative,
    string ObjectivesNarrative,
    IReadOnlyList<StatementFigureDto> Figures,
    IReadOnlyList<PublishedObjectiveDto> Objectives)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static StatementContent FromJson(string json) =>
        JsonSerializer.Deserialize<StatementContent>(json, Options) ?? throw new InvalidOperationException("A published statement has no content.");
}
