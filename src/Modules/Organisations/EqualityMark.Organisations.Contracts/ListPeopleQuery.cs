using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>Users the current user may manage: the whole authority for its admin, own school for a co-ordinator.</summary>
public sealed record ListPeopleQuery(Guid? SchoolId = null) : IQuery<IReadOnlyList<PersonDto>>;
