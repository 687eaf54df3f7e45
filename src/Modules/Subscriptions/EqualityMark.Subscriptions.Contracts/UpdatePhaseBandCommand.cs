using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// Renames a band and sets its school phases; phases in another band move to this one. Version is the one read: if
/// someone saved the band since, 409 with their version.
/// </summary>
public sealed record UpdatePhaseBandCommand(Guid Id, string? Name, IReadOnlyList<string>? Phases, uint Version) : ICommand<PhaseBandDetailsDto>, IChangesPublicPages;
