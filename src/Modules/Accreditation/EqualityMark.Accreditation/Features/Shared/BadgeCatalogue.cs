using EqualityMark.Audit.Contracts;
using MediatR;

namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>The badges of the authority's mark, from Audit's published framework; the words a certificate uses for each.</summary>
internal sealed class BadgeCatalogue(IMediator mediator)
{
    private IReadOnlyList<BadgeDto>? _badges;

    public async Task<IReadOnlyList<BadgeDto>> AllAsync(CancellationToken cancellationToken) =>
        _badges ??= await mediator.Send(new GetBadgesQuery(), cancellationToken);

    public async Task<BadgeDto?> FindAsync(string strandKey, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(b => b.Key == strandKey);

    public static string BadgeTitle(string badgeName) => $"{badgeName} Equality Badge";
}
