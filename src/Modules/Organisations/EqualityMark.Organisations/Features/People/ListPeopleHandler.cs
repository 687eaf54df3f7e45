using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.People;

internal sealed class ListPeopleHandler(OrganisationsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ListPeopleQuery, IReadOnlyList<PersonDto>>
{
    public async Task<IReadOnlyList<PersonDto>> Handle(ListPeopleQuery request, CancellationToken cancellationToken)
    {
        var schoolFilter = request.SchoolId;
        if (!currentUser.IsAuthorityStaff)
        {
            if (currentUser.Role != Roles.SchoolCoordinator)
            {
                throw new ForbiddenException("Only administrators and school co-ordinators can see people.");
            }

            schoolFilter = currentUser.SchoolId;
        }

        var users = db.Users.AsNoTracking();
        if (schoolFilter is { } schoolId)
        {
            users = users.Where(u => u.SchoolId == schoolId);
        }

        var now = clock.GetUtcNow();
        var rows = await users
            .OrderBy(u => u.FullName)
            .Select(u => new
            {
                u.Id, u.FullName, u.Email, u.Role, u.SchoolId, u.InvitedAt, u.ActivatedAt, u.LockoutEnd,
                SchoolName = db.Schools.Where(s => s.Id == u.SchoolId).Select(s => s.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        return rows.ConvertAll(u => new PersonDto(
            u.Id, u.FullName, u.Email!, u.Role, u.SchoolId, u.SchoolName,
            u.LockoutEnd == DateTimeOffset.MaxValue ? "Deactivated" : u.ActivatedAt is null ? "Invited" : u.LockoutEnd > now ? "Locked" : "Active",
            u.InvitedAt));
    }
}
