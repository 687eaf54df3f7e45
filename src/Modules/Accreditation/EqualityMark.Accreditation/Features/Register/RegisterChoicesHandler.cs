using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Data;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Accreditation.Features.Register;

/// <summary>
/// Only the school's co-ordinator chooses what its register entry shows (a member is refused, the authority's team
/// has no school of its own). An award of another school is "not found", the same as one that does not exist.
/// </summary>
internal sealed class RegisterChoicesHandler(AccreditationDbContext db, AccreditationAccess access, TimeProvider clock) :
    IRequestHandler<GetRegisterChoicesQuery, IReadOnlyList<RegisterChoiceDto>>,
    IRequestHandler<SaveRegisterChoicesCommand, IReadOnlyList<RegisterChoiceDto>>
{
    public async Task<IReadOnlyList<RegisterChoiceDto>> Handle(GetRegisterChoicesQuery request, CancellationToken cancellationToken)
    {
        var schoolId = CoordinatorsSchool();
        var today = UkTime.Today(clock);
        var held = await db.Awards.AsNoTracking()
            .Where(a => a.SchoolId == schoolId && a.RevokedAt == null && (a.ExpiresOn == null || a.ExpiresOn > today))
            .ToListAsync(cancellationToken);
        return held.OrderByDescending(a => a.Kind == AwardKind.Mark).ThenBy(a => a.Title, StringComparer.Ordinal)
            .Select(a => new RegisterChoiceDto(a.Id, a.Title, a.Kind == AwardKind.Mark, a.AwardedOn, a.ExpiresOn, a.ShowOnRegister)).ToList();
    }

    public async Task<IReadOnlyList<RegisterChoiceDto>> Handle(SaveRegisterChoicesCommand request, CancellationToken cancellationToken)
    {
        CoordinatorsSchool();
        foreach (var choice in request.Choices)
        {
            var award = await access.AwardAsync(choice.AwardId, cancellationToken, track: true);
            award.SetShowOnRegister(choice.Show);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await Handle(new GetRegisterChoicesQuery(), cancellationToken);
    }

    private Guid CoordinatorsSchool()
    {
        var schoolId = access.OwnSchoolId;
        access.EnsureCoordinatorOf(schoolId);
        return schoolId;
    }
}
