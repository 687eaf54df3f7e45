using EqualityMark.Shared.Messaging;

namespace EqualityMark.Organisations.Contracts;

/// <summary>Invites a person by email to set a password. School roles need a school.</summary>
public sealed record InviteUserCommand(string Email, string FullName, string Role, Guid? SchoolId) : ICommand<InvitationDto>;
