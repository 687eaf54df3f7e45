using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>Who the current authority's emails say they are from, and where replies go.</summary>
public sealed record GetEmailSenderQuery : IQuery<EmailSenderDto>;

/// <param name="Chosen">Whether the administrator chose these, rather than the defaults from the programme's identity.</param>
public sealed record EmailSenderDto(string Name, string ReplyTo, bool Chosen);
