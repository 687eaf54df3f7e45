namespace EqualityMark.Shared.Errors;

/// <summary>
/// The request clashes with the current state, e.g. a duplicate or a stale version (409). When someone else
/// saved first, <see cref="Current"/> carries their version so the caller can see it.
/// </summary>
public sealed class ConflictException(string message, object? current = null) : Exception(message)
{
    public object? Current { get; } = current;
}
