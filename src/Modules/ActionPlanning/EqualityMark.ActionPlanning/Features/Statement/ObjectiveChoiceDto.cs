namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>An objective of the school's plan the co-ordinator may tick as a published equality objective.</summary>
public sealed record ObjectiveChoiceDto(Guid Id, string Title, int AcademicYear, bool IsPublished);
