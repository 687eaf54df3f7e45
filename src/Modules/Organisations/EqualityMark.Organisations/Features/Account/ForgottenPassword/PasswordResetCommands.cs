using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Organisations.Features.Account.ForgottenPassword;

/// <summary>Emails a reset link when the address has an active account here; says nothing either way.</summary>
internal sealed record RequestPasswordResetCommand(string Email) : ICommand<Unit>;

/// <summary>True while the link can still be used (so the page can say so before anyone types a password).</summary>
internal sealed record CheckPasswordResetLinkQuery(Guid UserId, string Token) : IQuery<bool>;

/// <summary>Sets the new password and ends every session of the person; the link then stops working.</summary>
internal sealed record ResetForgottenPasswordCommand(Guid UserId, string Token, string Password, string ConfirmPassword) : ICommand<Unit>;
