using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Domain;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;
using MediatR;

namespace EqualityMark.Accreditation.Features.Certificates;

internal sealed class CertificateHandler(AccreditationAccess access, PublicAwards awards, ITenantContext tenant, PublicAwardLinks links) :
    IRequestHandler<GetAwardCertificateQuery, CertificateFile>,
    IRequestHandler<GetPublicCertificateQuery, CertificateFile>
{
    public async Task<CertificateFile> Handle(GetAwardCertificateQuery request, CancellationToken cancellationToken) =>
        Write(await access.AwardAsync(request.AwardId, cancellationToken));

    public async Task<CertificateFile> Handle(GetPublicCertificateQuery request, CancellationToken cancellationToken)
    {
        var award = await awards.ByCodeAsync(request.Code, cancellationToken);
        return award.RevokedAt is null ? Write(award) : throw new NotFoundException("This award has been revoked, so it has no certificate.");
    }

    private CertificateFile Write(Award award)
    {
        var content = new CertificateContent(
            tenant.Tenant?.Name ?? string.Empty, tenant.Tenant?.ProgrammeName ?? string.Empty, award.SchoolName, award.SchoolUrn,
            award.Title, award.Kind == AwardKind.Mark, award.AwardedOn, award.ExpiresOn, award.CertificateNumber, links.Verify(award.VerificationCode));
        return new CertificateFile(CertificatePdf.Write(content), $"certificate-{award.CertificateNumber}.pdf");
    }
}
