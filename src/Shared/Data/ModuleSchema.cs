namespace EqualityMark.Shared.Data;

/// <summary>A module DbContext and the PostgreSQL schema it owns.</summary>
public sealed record ModuleSchema(Type ContextType, string Schema);
