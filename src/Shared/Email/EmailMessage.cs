namespace EqualityMark.Shared.Email;

public sealed record EmailMessage(string To, string Subject, string Body, string Kind);
