using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Organisations.Features.Platform.ForgottenPassword;

/// <summary>Emails a reset link when the address is an operator's; says nothing either way.</summary>
internal sealed record RequestOperatorPasswordResetCommand(string Email) : ICommand<Unit>;

internal sealed record CheckOperatorPasswordResetLinkQuery(string Token) : IQuery<bool>;

/// <summary>Sets the operator's new password once per link and ends all their sessions.</summary>
internal sealed record ResetOperatorPasswordCommand(string Token, string Password, string ConfirmPassword) : ICommand<Unit>;
