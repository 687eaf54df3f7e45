using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Features.Account;

/// <summary>Sets the invited person's password; returns their email so the page can sign them in.</summary>
internal sealed record AcceptInvitationCommand(Guid UserId, string Token, string Password, string ConfirmPassword) : ICommand<string>;
