namespace EqualityMark.Shared.Errors;

/// <summary>The thing does not exist — or exists in a place the caller may not see, which must look the same (404).</summary>
public sealed class NotFoundException(string message) : Exception(message);
