using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Organisations.Contracts;

/// <summary>Removes invitations nobody accepted before they expired, so the email can be invited again.</summary>
public sealed record ExpireInvitationsCommand : ICommand<Unit>;
