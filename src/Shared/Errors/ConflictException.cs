namespace EqualityMark.Shared.Errors;

/// <summary>The request clashes with the current state, e.g. a duplicate or a stale version (409).</summary>
public sealed class ConflictException(string message) : Exception(message);
