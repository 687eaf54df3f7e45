namespace EqualityMark.ActionPlanning.Contracts;

/// <summary>One cell of the summary grid an objective addresses: element × strand.</summary>
public sealed record GridCellRefDto(string ElementKey, string StrandKey);
