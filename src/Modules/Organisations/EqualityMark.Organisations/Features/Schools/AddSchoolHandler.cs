using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Organisations.Domain;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.Schools;

internal sealed class AddSchoolHandler(OrganisationsDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<AddSchoolCommand, SchoolDto>
{
    public async Task<SchoolDto> Handle(AddSchoolCommand request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthorityAdmin)
        {
            throw new ForbiddenException("Only the authority's administrators can add schools.");
        }

        if (await db.Schools.AnyAsync(s => s.Urn == request.Urn, cancellationToken))
        {
            throw new ConflictException($"A school with URN {request.Urn} is already registered.");
        }

        var school = new School
        {
            Name = request.Name.Trim(),
            Urn = request.Urn,
            Phase = request.Phase!.Value,
            Type = request.Type!.Value,
            AddressLine1 = request.AddressLine1.Trim(),
            Town = request.Town.Trim(),
            Postcode = request.Postcode.Trim().ToUpperInvariant(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Schools.Add(school);
        await db.SaveChangesAsync(cancellationToken);
        return school.ToDto();
    }
}
