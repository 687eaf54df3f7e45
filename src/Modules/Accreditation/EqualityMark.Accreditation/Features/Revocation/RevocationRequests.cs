using EqualityMark.Accreditation.Contracts;
using EqualityMark.Shared.Messaging;
using EqualityMark.Shared.PublicPages;
using FluentValidation;

namespace EqualityMark.Accreditation.Features.Revocation;

/// <summary>What the confirmation page shows before an administrator revokes an award.</summary>
internal sealed record GetAwardToRevokeQuery(Guid AwardId) : IQuery<AwardToRevokeDto>;

/// <summary>
/// The award, whether it is already revoked, and — for a badge — the school's valid Mark, which revoking the badge
/// leaves in place (the administrator may revoke it separately).
/// </summary>
internal sealed record AwardToRevokeDto(
    Guid AwardId, Guid SchoolId, string SchoolName, AwardKind Kind, string Title, string CertificateNumber, DateOnly AwardedOn,
    DateTimeOffset? RevokedAt, Guid? ValidMarkId, string? ValidMarkTitle);

/// <summary>Revokes a badge or the Mark with a reason; the school's co-ordinators are emailed.</summary>
internal sealed record RevokeAwardCommand(Guid AwardId, string? Reason) : ICommand<AwardDto>, IChangesPublicPages;

internal sealed class RevokeAwardValidator : AbstractValidator<RevokeAwardCommand>
{
    public const int ReasonMaxLength = 2000;

    public RevokeAwardValidator()
    {
        RuleFor(c => c.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter the reason for revoking this award")
            .MaximumLength(ReasonMaxLength).WithMessage("The reason must be 2000 characters or fewer");
    }
}
