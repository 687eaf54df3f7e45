namespace EqualityMark.ActionPlanning.Features.Statement;

public sealed record PublishedObjectiveDto(string Title, string SuccessCriteria, DateOnly ReviewOn, IReadOnlyList<PublishedActionDto> Actions);
