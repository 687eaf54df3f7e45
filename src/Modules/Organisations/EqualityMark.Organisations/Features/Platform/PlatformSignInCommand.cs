using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Features.Platform;

internal sealed record PlatformSignInCommand(string Email, string Password) : ICommand<bool>;
