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

    public async Task<PagedList<SchoolDto>> Handle(ListSchoolsPageQuery request, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, 500);
        if (request.Except is not { Count: > 0 })
        {
            return (await Visible(request.Phase, except: null).ToPagedListAsync(request.Page, pageSize, cancellationToken)).Map(s => s.ToDto());
        }

        // Paged with LIMIT, PostgreSQL's generic plan of the anti-join runs the id list once for every school (a nested
        // loop); without it, the list is hashed once. So: every kept school's id in order, then the page's rows.
        var ids = await Visible(request.Phase, request.Except).Select(s => s.Id).ToListAsync(cancellationToken);
        var shown = Math.Clamp(request.Page, 1, PageCount.For(ids.Count, pageSize));
        var pageIds = ids.Skip((shown - 1) * pageSize).Take(pageSize).ToArray();
        var rows = await db.Schools.AsNoTracking().Where(s => pageIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var items = pageIds.Where(rows.ContainsKey).Select(id => rows[id].ToDto()).ToList();
        return new PagedList<SchoolDto>(items, ids.Count, shown, pageSize);
    }

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
        var schools = (except is { Count: > 0 } ? LeavingOut(except.ToArray()) : db.Schools).AsNoTracking();
        if (!currentUser.IsAuthorityStaff)
        {
            var ownSchool = currentUser.SchoolId ?? Guid.Empty;
            schools = schools.Where(s => s.Id == ownSchool);
        }

        if (phase is { } wanted)
        {
            schools = schools.Where(s => s.Phase == wanted);
        }

        return schools.OrderBy(s => s.Name).ThenBy(s => s.Id);
    }

    /// <summary>
    /// The schools but those given, as an anti-join PostgreSQL hashes. EF writes <c>!ids.Contains(id)</c> as
    /// <c>NOT (id = ANY (@ids))</c>, which a prepared statement's generic plan checks against every id in turn, for
    /// every school (600 × 550 comparisons, twice over for SQL's nulls, on the events dashboard). The query filters
    /// (the authority) still apply to what this returns. The ids are cast so the statement also runs with them written in
    /// as text, as the benchmark's pgbench replays it.
    /// </summary>
    private IQueryable<Domain.School> LeavingOut(Guid[] ids) =>
        db.Schools.FromSql($"SELECT * FROM organisations.schools AS s WHERE NOT EXISTS (SELECT FROM unnest({ids}::uuid[]) AS x(id) WHERE x.id = s.id)");
}
