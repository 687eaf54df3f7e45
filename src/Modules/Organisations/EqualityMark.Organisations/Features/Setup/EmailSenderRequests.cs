using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Features.Setup;

/// <summary>The sender name and reply-to address on the authority's emails; empty values go back to the defaults.</summary>
internal sealed record SaveEmailSenderCommand(string? SenderName, string? ReplyTo) : ICommand<EmailSenderDto>;
