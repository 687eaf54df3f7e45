namespace EqualityMark.Shared.Errors;

/// <summary>The thing asked for existed but is no longer kept (an expired download link): 410 with the message.</summary>
public sealed class GoneException(string message) : Exception(message);
