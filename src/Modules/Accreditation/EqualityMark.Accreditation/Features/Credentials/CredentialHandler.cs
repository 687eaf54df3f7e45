using System.Text.Json.Nodes;
using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Time;
using MediatR;

namespace EqualityMark.Accreditation.Features.Credentials;

internal sealed class CredentialHandler(
    PublicAwards awards, BadgeCatalogue badges, SigningKeyStore keys, CredentialSigner signer, ITenantContext tenant, PublicAwardLinks links) :
    IRequestHandler<GetSignedCredentialQuery, SignedCredentialDto>,
    IRequestHandler<GetJsonWebKeySetQuery, string>,
    IRequestHandler<GetIssuerProfileQuery, string>
{
    public async Task<SignedCredentialDto> Handle(GetSignedCredentialQuery request, CancellationToken cancellationToken)
    {
        var award = await awards.ByCodeAsync(request.Code, cancellationToken);
        var fileName = $"award-{award.CertificateNumber}.jwt";
        if (award.RevokedAt is { } revokedAt)
        {
            return new SignedCredentialDto(null, fileName, DateOnly.FromDateTime(UkTime.ToLondon(revokedAt).DateTime));
        }

        var authority = tenant.Tenant!;
        var description = award.Kind == AwardKind.Badge && await badges.FindAsync(award.StrandKey!, cancellationToken) is { } badge
            ? badge.Description
            : $"The {authority.ProgrammeName} of {authority.Name}: awarded to a school that holds the badges the mark asks for, each verified at an accreditation visit.";
        var credential = OpenBadgeCredential.For(award, description, authority, links);
        return new SignedCredentialDto(await signer.SignAsync(award, credential, cancellationToken), fileName, null);
    }

    public async Task<string> Handle(GetJsonWebKeySetQuery request, CancellationToken cancellationToken)
    {
        var published = new JsonArray();
        foreach (var key in await keys.PublishedAsync(cancellationToken))
        {
            var jwk = JsonNode.Parse(key.PublicJwkJson)!.AsObject();
            jwk["kid"] = links.KeyUri(key.KeyId);
            published.Add(jwk);
        }

        return new JsonObject { ["keys"] = published }.ToJsonString();
    }

    public Task<string> Handle(GetIssuerProfileQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(IssuerProfile.Document(tenant.Tenant!, links).ToJsonString());
}
