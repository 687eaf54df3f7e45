namespace EqualityMark.Audit.Domain;

/// <summary>An audit statement under an element, for one strand or (StrandKey null) for every strand.</summary>
public sealed record ItemDefinition(string Key, string ElementKey, string? StrandKey, string Statement, string Guidance, string Evidence);
