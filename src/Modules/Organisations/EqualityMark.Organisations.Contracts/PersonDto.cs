namespace EqualityMark.Organisations.Contracts;

/// <summary>A user of one local authority. Status is "Invited", "Active" or "Locked".</summary>
public sealed record PersonDto(Guid Id, string FullName, string Email, string Role, Guid? SchoolId, string? SchoolName, string Status, DateTimeOffset InvitedAt);
