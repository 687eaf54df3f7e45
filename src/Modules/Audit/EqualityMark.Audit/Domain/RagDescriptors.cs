namespace EqualityMark.Audit.Domain;

/// <summary>What each rating means in this authority's words.</summary>
public sealed record RagDescriptors(string Red, string Amber, string Green, string NotAssessed);
