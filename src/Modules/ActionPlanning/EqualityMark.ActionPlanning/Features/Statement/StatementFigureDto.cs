namespace EqualityMark.ActionPlanning.Features.Statement;

public sealed record StatementFigureDto(string StrandKey, string StrandName, string GroupLabel, int Count, int? OutOf);
