namespace EqualityMark.Accreditation.Features.Credentials;

/// <summary>A signed credential to download, or (Token null) the date its award was revoked.</summary>
public sealed record SignedCredentialDto(string? Token, string FileName, DateOnly? RevokedOn);
