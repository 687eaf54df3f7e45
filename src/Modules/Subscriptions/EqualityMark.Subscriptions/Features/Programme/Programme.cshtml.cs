using EqualityMark.Audit.Contracts;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.PublicPages;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace EqualityMark.Subscriptions.Features.Programme;

/// <summary>The authority's public programme page: its mark, packages and prices per phase band.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class ProgrammeModel(IMediator mediator, ITenantContext tenant) : PageModel
{
    public string ProgrammeName { get; private set; } = string.Empty;

    public string AuthorityName { get; private set; } = string.Empty;

    public CatalogueDto Catalogue { get; private set; } = default!;

    public ProgrammeStatusDto Programme { get; private set; } = default!;

    /// <summary>The mark's badges, from the authority's audit framework (asked of Audit through its Contracts).</summary>
    public IReadOnlyList<BadgeDto> Badges { get; private set; } = [];

    /// <summary>The payment methods that are on (ADR 0022).</summary>
    public PaymentMethodsDto PaymentMethods { get; private set; } = new([PaymentMethod.Invoice]);

    public static string PhaseName(string phase) => Enum.TryParse<SchoolPhase>(phase, out var value) ? PhaseNames.Display(value) : phase;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var authority = tenant.Tenant ?? throw new NotFoundException("There is no programme here.");
        ProgrammeName = authority.ProgrammeName;
        AuthorityName = authority.Name;
        Programme = await mediator.Send(new GetProgrammeStatusQuery(), cancellationToken);
        Catalogue = await mediator.Send(new GetCatalogueQuery(), cancellationToken);
        Badges = await mediator.Send(new GetBadgesQuery(), cancellationToken);
        PaymentMethods = await mediator.Send(new GetPaymentMethodsQuery(), cancellationToken);
    }
}
