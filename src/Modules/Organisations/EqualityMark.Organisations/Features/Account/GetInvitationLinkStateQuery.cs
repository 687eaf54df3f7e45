using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Features.Account;

/// <summary>Whether the invitation behind a link is still open, so a used or expired link says so before anyone types a password.</summary>
internal sealed record GetInvitationLinkStateQuery(Guid UserId) : IQuery<InvitationLinkState>;
