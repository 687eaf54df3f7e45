using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EqualityMark.Subscriptions.Features.Catalogue;

internal static class CatalogueEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var catalogue = api.MapGroup("/catalogue").WithTags("Catalogue");
        catalogue.MapGet("/", (bool? includeRetired, IMediator mediator, CancellationToken ct) => mediator.Send(new GetCatalogueQuery(includeRetired ?? false), ct))
            .AllowAnonymous().WithName("GetCatalogue");
        catalogue.MapGet("/packages/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetPackageQuery(id), ct))
            .AllowAnonymous().WithName("GetPackage");
        catalogue.MapPost("/packages", async (AddPackageCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var package = await mediator.Send(command, ct);
                return Results.Created($"/api/v1/catalogue/packages/{package.Id}", package);
            })
            .RequireAuthorization(Policies.AuthorityAdmin).WithName("AddPackage");
        catalogue.MapPut("/packages/{id:guid}", (Guid id, PackageDetailsRequest body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new UpdatePackageCommand(id, body.Name ?? string.Empty, body.Description ?? string.Empty, body.DisplayOrder, body.IsRetired), ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithName("UpdatePackage");
        catalogue.MapPut("/packages/{id:guid}/prices", (Guid id, IReadOnlyList<PackagePriceInput> prices, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new SetPackagePricesCommand(id, prices), ct))
            .RequireAuthorization(Policies.AuthorityAdmin).WithName("SetPackagePrices");
    }
}
