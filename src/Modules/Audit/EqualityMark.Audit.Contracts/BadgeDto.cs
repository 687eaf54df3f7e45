namespace EqualityMark.Audit.Contracts;

/// <summary>A badge (strand) of the authority's mark, with the protected characteristics and groups it covers.</summary>
public sealed record BadgeDto(string Key, string Name, string Description, IReadOnlyList<string> ProtectedCharacteristics, IReadOnlyList<string> Groups);
