using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Features.People;

/// <summary>One person of the authority, as the people who may manage them see them.</summary>
internal sealed record GetPersonQuery(Guid UserId) : IQuery<PersonDto>;

internal sealed record ResendInvitationCommand(Guid UserId) : ICommand<PersonDto>;

/// <summary>Ends the person's sessions and stops them signing in; their past work stays attributed to them.</summary>
internal sealed record DeactivatePersonCommand(Guid UserId) : ICommand<PersonDto>;

internal sealed record ReactivatePersonCommand(Guid UserId) : ICommand<PersonDto>;

/// <summary>An administrator changes someone's role within their kind: authority staff, or people of one school.</summary>
internal sealed record ChangeRoleCommand(Guid UserId, string Role) : ICommand<PersonDto>;

/// <summary>
/// A school's co-ordination passes to one of its people, or to someone new who is invited. The outgoing co-ordinator
/// (the one signed in, or the one an administrator names) stays as a reference group member or leaves.
/// </summary>
internal sealed record HandOverCoordinationCommand(
    Guid? FromUserId, Guid? ToUserId, string? NewPersonName, string? NewPersonEmail, bool OutgoingStays) : ICommand<HandOverDto>;

internal sealed record HandOverDto(Guid SchoolId, string IncomingName, string OutgoingName, bool OutgoingStays, bool Invited);
