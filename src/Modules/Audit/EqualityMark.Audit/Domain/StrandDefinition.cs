namespace EqualityMark.Audit.Domain;

/// <summary>A badge's strand, e.g. Race, with the protected characteristics (and, for Holistic Diversity, groups) it covers.</summary>
public sealed record StrandDefinition(string Key, string Name, string Description, IReadOnlyList<string> ProtectedCharacteristics, IReadOnlyList<string> Groups);
