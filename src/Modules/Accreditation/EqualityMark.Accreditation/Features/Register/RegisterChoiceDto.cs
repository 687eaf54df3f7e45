namespace EqualityMark.Accreditation.Features.Register;

/// <summary>An award the school holds today and whether it appears on the public register.</summary>
public sealed record RegisterChoiceDto(Guid AwardId, string Title, bool IsMark, DateOnly AwardedOn, DateOnly? ExpiresOn, bool ShowOnRegister);

/// <summary>The co-ordinator's answer for one award.</summary>
public sealed record RegisterChoiceInput(Guid AwardId, bool Show);
