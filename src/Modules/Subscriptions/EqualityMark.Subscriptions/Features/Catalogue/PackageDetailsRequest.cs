namespace EqualityMark.Subscriptions.Features.Catalogue;

/// <summary>The body of PUT /catalogue/packages/{id}.</summary>
internal sealed record PackageDetailsRequest(string? Name, string? Description, int DisplayOrder, bool IsRetired);
