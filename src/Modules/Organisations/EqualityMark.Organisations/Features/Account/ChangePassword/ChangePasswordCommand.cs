using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Organisations.Features.Account.ChangePassword;

/// <summary>A signed-in person's new password: every session of theirs ends, then this browser is signed in afresh.</summary>
internal sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword, string ConfirmPassword) : ICommand<Unit>;
