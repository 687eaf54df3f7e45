using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Domain;

namespace EqualityMark.Accreditation.Features.Shared;

internal static class AwardMapping
{
    public static AwardDto ToDto(Award a, DateOnly today) =>
        new(a.Id, a.Kind, a.StrandKey, a.Title, a.AwardedOn, a.ExpiresOn, a.CertificateNumber, a.VerificationCode, a.StatusOn(today));
}
