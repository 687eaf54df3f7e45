namespace EqualityMark.ActionPlanning.Contracts;

public sealed record StrandActionDto(Guid Id, string Description, string OwnerName, DateOnly DueOn, ActionStatus Status, ProgressRating? Progress, DateOnly? CompletedOn);
