namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>An action of a published objective, with its status in words ("In progress").</summary>
public sealed record PublishedActionDto(string Description, string Status, DateOnly DueOn);
