using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Text;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Audit.Features.Authority;

[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class HeatMapModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public SchoolPhase? Phase { get; set; }

    public HeatMapDto Map { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Map = await mediator.Send(new GetHeatMapQuery(Year ?? AcademicYear.For(clock.GetUtcNow()), Phase), cancellationToken);

    /// <summary>A count, or "not shown" when it is withheld (below the threshold, or it would reveal one that is).</summary>
    public static string Count(int? count) => count is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "not shown";

    public string ViewName => Map.Phase is { } phase ? EnumNames.Of(phase).ToLowerInvariant() + " schools" : "all schools";

    public string ExportLink => $"/api/v1/audit/heat-map.csv?year={Map.AcademicYear.ToString(System.Globalization.CultureInfo.InvariantCulture)}" + (Map.Phase is { } p ? $"&phase={p}" : "");
}
