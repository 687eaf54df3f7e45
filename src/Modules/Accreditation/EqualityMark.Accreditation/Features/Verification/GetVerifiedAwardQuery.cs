using EqualityMark.Shared.Messaging;

namespace EqualityMark.Accreditation.Features.Verification;

/// <summary>The award with this verification code on this authority's site, with its status today. Anyone may ask.</summary>
internal sealed record GetVerifiedAwardQuery(string Code) : IQuery<VerifiedAwardDto>;
