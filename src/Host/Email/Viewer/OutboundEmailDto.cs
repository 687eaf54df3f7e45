namespace EqualityMark.Host.Email.Viewer;

/// <param name="Error">The mail server's reply (or connection problem) from the last failed attempt.</param>
public sealed record OutboundEmailDto(
    Guid Id, string To, string? FromName, string? ReplyTo, string Subject, string Body, string Kind, DateTimeOffset QueuedAt, string Status, string StatusLabel, string? Error, int Attempts);
