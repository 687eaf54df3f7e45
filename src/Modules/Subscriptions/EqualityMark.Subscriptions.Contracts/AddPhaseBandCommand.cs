using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;

namespace EqualityMark.Subscriptions.Contracts;

/// <summary>
/// A new phase band with its school phases (SchoolPhase names); phases in another band move to this one. Packages have
/// no price for it until the administrator sets one.
/// </summary>
public sealed record AddPhaseBandCommand(string? Name, IReadOnlyList<string>? Phases) : ICommand<PhaseBandDetailsDto>, IChangesPublicPages;
