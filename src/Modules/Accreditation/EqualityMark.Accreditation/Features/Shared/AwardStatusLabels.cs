using EqualityMark.Accreditation.Contracts;

namespace EqualityMark.Accreditation.Features.Shared;

internal static class AwardStatusLabels
{
    public static string For(AwardStatus status) => status switch
    {
        AwardStatus.Valid => "Valid",
        AwardStatus.Expired => "Expired",
        AwardStatus.Revoked => "Revoked",
        _ => status.ToString(),
    };

    public static string TagClass(AwardStatus status) => status switch
    {
        AwardStatus.Valid => "govuk-tag--green",
        AwardStatus.Expired => "govuk-tag--grey",
        AwardStatus.Revoked => "govuk-tag--red",
        _ => string.Empty,
    };
}
