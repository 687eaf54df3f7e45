using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Organisations.Features.DataExport;

internal static class DataExportEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/schools/{id:guid}/export", (Guid id, IMediator mediator, CancellationToken ct) => ZipAsync(mediator, new ExportDataQuery(id), ct))
            .RequireAuthorization(Policies.SignedIn).WithTags("Schools").WithName("ExportSchoolData").Produces(200, contentType: "application/zip");
        api.MapGet("/authority/export", (IMediator mediator, CancellationToken ct) => ZipAsync(mediator, new ExportDataQuery(null), ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithTags("Authority").WithName("ExportAuthorityData").Produces(200, contentType: "application/zip");
    }

    private static async Task<IResult> ZipAsync(IMediator mediator, ExportDataQuery query, CancellationToken cancellationToken)
    {
        var export = await mediator.Send(query, cancellationToken);
        return Results.File(export.Zip, "application/zip", export.FileName);
    }
}
