using EqualityMark.Accreditation.Features.Dashboard;
using EqualityMark.Accreditation.Features.Revocation;
using EqualityMark.Accreditation.Features.Rules;
using EqualityMark.Accreditation.Features.SchoolAwards;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Accreditation.Features;

/// <summary>The authority's side of accreditation in the API: award rules, the dashboard, a school's awards, revocation.</summary>
internal static class AuthorityEndpoints
{
    public static void Map(RouteGroupBuilder accreditation)
    {
        accreditation.MapGet("/rules", (IMediator m, CancellationToken ct) => m.Send(new GetAwardRulesQuery(), ct)).RequireAuthorization(Policies.AuthorityStaff);
        accreditation.MapPut("/rules", (RulesBody b, IMediator m, CancellationToken ct) => m.Send(new UpdateAwardRulesCommand(
            b.Version, b.AllBadges, b.BadgesForMark, b.WithinWindow, b.MarkWindowYears, b.BadgesExpire, b.BadgeValidityYears, b.MarkExpires, b.MarkValidityYears,
            b.RenewalOpensMonthsBefore), ct));
        accreditation.MapGet("/dashboard", (int? page, SchoolPhase? phase, IMediator m, CancellationToken ct) =>
            m.Send(new GetAccreditationDashboardQuery(page ?? 1, phase), ct)).RequireAuthorization(Policies.AuthorityStaff);
        accreditation.MapGet("/schools/{schoolId:guid}/awards", (Guid schoolId, IMediator m, CancellationToken ct) =>
            m.Send(new GetSchoolAwardsQuery(schoolId), ct)).RequireAuthorization(Policies.AuthorityStaff);
        accreditation.MapPost("/awards/{id:guid}/revoke", (Guid id, RevokeBody b, IMediator m, CancellationToken ct) => m.Send(new RevokeAwardCommand(id, b.Reason), ct));
    }

    internal sealed record RulesBody(
        uint? Version, bool? AllBadges, int? BadgesForMark, bool? WithinWindow, int? MarkWindowYears, bool? BadgesExpire, int? BadgeValidityYears,
        bool? MarkExpires, int? MarkValidityYears, int? RenewalOpensMonthsBefore);

    internal sealed record RevokeBody(string? Reason);
}
