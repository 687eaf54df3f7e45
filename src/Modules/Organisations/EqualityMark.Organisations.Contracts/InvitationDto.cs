namespace EqualityMark.Organisations.Contracts;

public sealed record InvitationDto(Guid UserId, string Email, string Role, DateTimeOffset ExpiresAt);
