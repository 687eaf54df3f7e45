namespace EqualityMark.Accreditation.Features.Register;

/// <summary>One page of the public register, with the filters in force and the choices for them.</summary>
public sealed record RegisterDto(
    IReadOnlyList<RegisterSchoolDto> Schools,
    int SchoolCount,
    int Page,
    int PageCount,
    string? Phase,
    string? Badge,
    IReadOnlyList<RegisterOptionDto> Phases,
    IReadOnlyList<RegisterOptionDto> Badges);

/// <summary>A school on the register with the valid awards it chose to show, the Mark first.</summary>
public sealed record RegisterSchoolDto(string Name, string Urn, string Phase, IReadOnlyList<RegisterAwardDto> Awards);

public sealed record RegisterAwardDto(string Title, bool IsMark, DateOnly AwardedOn, DateOnly? ExpiresOn, string VerificationCode);

/// <summary>A filter choice: the value in the address and the words people read.</summary>
public sealed record RegisterOptionDto(string Value, string Label);
