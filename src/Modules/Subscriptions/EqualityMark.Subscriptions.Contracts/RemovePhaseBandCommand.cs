using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;
using MediatR;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>Removes a band no subscription was priced by, with its prices; a band in use is refused (409).</summary>
public sealed record RemovePhaseBandCommand(Guid Id) : ICommand<Unit>, IChangesPublicPages;
