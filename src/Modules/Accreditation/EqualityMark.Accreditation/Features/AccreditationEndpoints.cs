using EqualityMark.Accreditation.Contracts;
using EqualityMark.Accreditation.Features.Register;
using EqualityMark.Accreditation.Features.Verification;
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
        accreditation.MapGet("/register-choices", (IMediator m, CancellationToken ct) => m.Send(new GetRegisterChoicesQuery(), ct));
        accreditation.MapPut("/register-choices", (RegisterChoicesBody b, IMediator m, CancellationToken ct) => m.Send(new SaveRegisterChoicesCommand(b.Choices ?? []), ct));

        var verifiable = api.MapGroup(string.Empty).WithTags("Public register").AllowAnonymous();
        verifiable.MapGet("/register", (string? phase, string? badge, int? page, IMediator m, CancellationToken ct) => m.Send(new GetRegisterQuery(phase, badge, page ?? 1), ct));
        verifiable.MapGet("/verify/{code}", (string code, IMediator m, CancellationToken ct) => m.Send(new GetVerifiedAwardQuery(code), ct));
    }

    internal sealed record RegisterChoicesBody(IReadOnlyList<RegisterChoiceInput>? Choices);
}
