using EqualityMark.Shared.Messaging;

namespace EqualityMark.Events.Features.SplitOffers;

/// <summary>An offer to a waiting group of the places free now, with the group's representatives.</summary>
internal sealed record GetSplitOfferQuery(Guid OfferId) : IQuery<SplitOfferDto>;

/// <summary>
/// The school's co-ordinator takes the places free now for the representatives they choose (as many as are free);
/// the others keep their place in the waiting list. Once only: a second acceptance is a conflict.
/// </summary>
internal sealed record AcceptSplitOfferCommand(Guid OfferId, IReadOnlyList<Guid>? BookingIds) : ICommand<SplitOfferDto>;

/// <summary>The school keeps waiting for places for its whole group (the co-ordinator, or the team for the school); the places go on down the list.</summary>
internal sealed record DeclineSplitOfferCommand(Guid OfferId) : ICommand<SplitOfferDto>;
