using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Data;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Paging;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Organisations.Features.Schools;

/// <summary>Schools as the current user may see them: staff see every school, school users only their own.</summary>
internal sealed class SchoolQueriesHandler(OrganisationsDbContext db, ICurrentUser currentUser) :
    IRequestHandler<ListSchoolsQuery, IReadOnlyList<SchoolDto>>,
    IRequestHandler<ListSchoolsPageQuery, PagedList<SchoolDto>>,
    IRequestHandler<GetSchoolQuery, SchoolDto>
{
    public async Task<IReadOnlyList<SchoolDto>> Handle(ListSchoolsQuery request, CancellationToken cancellationToken) =>
        (await Visible(request.Phase, request.Except).ToListAsync(cancellationToken)).ConvertAll(s => s.ToDto());

    public async Task<PagedList<SchoolDto>> Handle(ListSchoolsPageQuery request, CancellationToken cancellationToken) =>
        (await Visible(request.Phase, request.Except).ToPagedListAsync(request.Page, Math.Clamp(request.PageSize, 1, 500), cancellationToken)).Map(s => s.ToDto());

    public async Task<SchoolDto> Handle(GetSchoolQuery request, CancellationToken cancellationToken)
    {
        var school = currentUser.CanSeeSchool(request.SchoolId)
            ? await db.Schools.AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.SchoolId, cancellationToken)
            : null;
        return school?.ToDto() ?? throw new NotFoundException("No school with that id was found.");
    }

    /// <summary>Staff see every school, school users only their own; by name, then id so equal names keep their order.</summary>
    private IOrderedQueryable<Domain.School> Visible(SchoolPhase? phase, IReadOnlyCollection<Guid>? except)
    {
        var schools = db.Schools.AsNoTracking();
        if (!currentUser.IsAuthorityStaff)
        {
            var ownSchool = currentUser.SchoolId ?? Guid.Empty;
            schools = schools.Where(s => s.Id == ownSchool);
        }

        if (phase is { } wanted)
        {
            schools = schools.Where(s => s.Phase == wanted);
        }

        if (except is { Count: > 0 })
        {
            var leftOut = except.ToArray();
            schools = schools.Where(s => !leftOut.Contains(s.Id));
        }

        return schools.OrderBy(s => s.Name).ThenBy(s => s.Id);
    }
}
