using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;

namespace EqualityMark.Accreditation.Features.Verification;

internal sealed class GetVerifiedAwardHandler(PublicAwards awards, ITenantContext tenant, TimeProvider clock) : IRequestHandler<GetVerifiedAwardQuery, VerifiedAwardDto>
{
    public async Task<VerifiedAwardDto> Handle(GetVerifiedAwardQuery request, CancellationToken cancellationToken)
    {
        var award = await awards.ByCodeAsync(request.Code, cancellationToken);
        var status = award.StatusOn(UkTime.Today(clock));
        var revokedOn = award.RevokedAt is { } revoked ? DateOnly.FromDateTime(UkTime.ToLondon(revoked).DateTime) : (DateOnly?)null;
        return new VerifiedAwardDto(
            award.VerificationCode, award.Kind, award.Title, award.SchoolName, award.SchoolUrn,
            tenant.Tenant?.Name ?? string.Empty, tenant.Tenant?.ProgrammeName ?? string.Empty,
            award.AwardedOn, award.ExpiresOn, award.CertificateNumber, status, AwardStatusLabels.For(status), revokedOn);
    }
}
