using EqualityMark.Accreditation.Contracts;
using EqualityMark.Shared.Messaging;

namespace EqualityMark.Accreditation.Features.SchoolAwards;

/// <summary>For the authority's team: one school's awards (revoked and expired included) and every summary it has started.</summary>
internal sealed record GetSchoolAwardsQuery(Guid SchoolId) : IQuery<SchoolAwardsDto>;

internal sealed record SchoolAwardsDto(
    Guid SchoolId, string SchoolName, string Urn, string Phase, IReadOnlyList<SchoolAwardDto> Awards, IReadOnlyList<SchoolSummaryDto> Summaries, bool CanRevoke);

internal sealed record SchoolAwardDto(
    Guid Id, AwardKind Kind, string Title, DateOnly AwardedOn, DateOnly? ExpiresOn, string CertificateNumber, string VerificationCode,
    AwardStatus Status, string StatusLabel, DateTimeOffset? RevokedAt, string? RevokedBy, string? RevokedReason);

internal sealed record SchoolSummaryDto(Guid Id, string StrandName, SummaryStatus Status, string StatusLabel, int Version, DateTimeOffset StartedAt, DateTimeOffset? SentAt);
