using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.People;

internal sealed class GetSchoolCoordinatorsHandler(OrganisationsDbContext db, TimeProvider clock)
    : IRequestHandler<GetSchoolCoordinatorsQuery, IReadOnlyList<SchoolContactDto>>
{
    public async Task<IReadOnlyList<SchoolContactDto>> Handle(GetSchoolCoordinatorsQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Users.AsNoTracking()
            .Where(u => u.SchoolId == request.SchoolId && u.Role == Roles.SchoolCoordinator && u.ActivatedAt != null && (u.LockoutEnd == null || u.LockoutEnd <= now))
            .OrderBy(u => u.FullName)
            .Select(u => new SchoolContactDto(u.FullName, u.Email!))
            .ToListAsync(cancellationToken);
    }
}
