namespace EqualityMark.Audit.Domain;

/// <summary>An element of school practice (a row of the grid), mapped to an Ofsted key judgement.</summary>
public sealed record ElementDefinition(string Key, string Name, string OfstedJudgement);
