using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Email;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.People;

internal sealed class InviteUserHandler(OrganisationsDbContext db, ICurrentUser currentUser, Invitations invitations)
    : IRequestHandler<InviteUserCommand, InvitationDto>
{
    public async Task<InvitationDto> Handle(InviteUserCommand request, CancellationToken cancellationToken)
    {
        var schoolId = await ResolveSchoolAsync(request, cancellationToken);
        var user = await invitations.CreateAsync(request.FullName.Trim(), request.Email.Trim(), request.Role, schoolId, cancellationToken);
        await invitations.SendAsync(user, cancellationToken);
        return new InvitationDto(user.Id, user.Email!, user.Role, user.InvitationExpiresAt);
    }

    private async Task<Guid?> ResolveSchoolAsync(InviteUserCommand request, CancellationToken cancellationToken)
    {
        if (currentUser.IsAuthorityAdmin)
        {
            if (request.SchoolId is { } id && !await db.Schools.AnyAsync(s => s.Id == id, cancellationToken))
            {
                throw RequestValidationException.For(nameof(request.SchoolId), "Choose a school of this authority");
            }

            return request.SchoolId;
        }

        if (currentUser.Role != Roles.SchoolCoordinator)
        {
            throw new ForbiddenException("Only administrators and school co-ordinators can invite people.");
        }

        if (request.Role != Roles.SchoolMember)
        {
            throw RequestValidationException.For(nameof(request.Role), "A co-ordinator can invite reference group members only");
        }

        if (request.SchoolId is { } requested && requested != currentUser.SchoolId)
        {
            throw new NotFoundException("No school with that id was found.");
        }

        return currentUser.SchoolId;
    }
}
