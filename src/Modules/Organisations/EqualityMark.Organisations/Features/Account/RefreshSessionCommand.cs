using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Organisations.Features.Account;

/// <summary>Re-issues the signed-in person's cookie after their own role changed, so they are not signed out by it.</summary>
internal sealed record RefreshSessionCommand : IQuery<Unit>;
