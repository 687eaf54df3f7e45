namespace EqualityMark.Host.Email.Viewer;

public sealed record OutboundEmailDto(Guid Id, string To, string Subject, string Body, string Kind, DateTimeOffset QueuedAt, string Status);
