namespace EqualityMark.Shared.Errors;

/// <summary>The caller is known but their role does not allow this (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
