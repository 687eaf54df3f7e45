namespace EqualityMark.Audit.Contracts;

public sealed record NamedKeyDto(string Key, string Name);
