using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;

namespace EqualityMark.Audit.Features.Shared;

/// <summary>
/// The school an audit belongs to, named on its pages for the authority's staff, who move between many schools'
/// audits and grids; a school's own people know whose audit it is (null).
/// </summary>
internal static class AuditSchoolNames
{
    public static async Task<string?> ForStaffAsync(IMediator mediator, ICurrentUser user, Guid schoolId, CancellationToken cancellationToken) =>
        user.IsAuthorityStaff ? (await mediator.Send(new GetSchoolQuery(schoolId), cancellationToken)).Name : null;
}
