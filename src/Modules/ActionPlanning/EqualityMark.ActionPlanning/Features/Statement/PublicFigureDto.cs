namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>A figure as published: Count is the number, or "fewer than N" when it is below the threshold.</summary>
public sealed record PublicFigureDto(string Strand, string Group, string Count, int? OutOf, bool Suppressed);
