using EqualityMark.Accreditation.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Accreditation.Features;

/// <summary>The Accreditation module's JSON API under /api/v1: everything the pages do.</summary>
internal static class AccreditationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var accreditation = api.MapGroup("/accreditation").WithTags("Accreditation").RequireAuthorization(Policies.SignedIn);
        accreditation.MapGet("/schools/{schoolId:guid}", (Guid schoolId, IMediator m, CancellationToken ct) => m.Send(new GetSchoolAccreditationQuery(schoolId), ct));
        AuthorityEndpoints.Map(accreditation);
    }
}
