using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Organisations.Features.Account;

internal sealed record SignOutCommand : IQuery<Unit>;
