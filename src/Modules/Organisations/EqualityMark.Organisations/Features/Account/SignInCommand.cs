using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Features.Account;

internal sealed record SignInCommand(string Email, string Password) : ICommand<SignInOutcome>;
