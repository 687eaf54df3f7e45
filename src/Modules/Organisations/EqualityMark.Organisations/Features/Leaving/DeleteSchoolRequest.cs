namespace EqualityMark.Organisations.Features.Leaving;

/// <summary>The API's body for deleting a school: its name typed again, as on the confirmation page.</summary>
internal sealed record DeleteSchoolRequest(string? ConfirmSchoolName);
