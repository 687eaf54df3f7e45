using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>The school's summary grid for one strand beside its authority's and all authorities' schools of its phase.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SchoolBenchmarksPageModel(IMediator mediator) : PageModel
{
    public BenchmarksDto Figures { get; private set; } = default!;

    [BindProperty(SupportsGet = true)]
    public string? Strand { get; set; }

    public string StrandKey { get; private set; } = string.Empty;

    public string StrandName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Figures = await mediator.Send(new GetSchoolBenchmarksQuery(id), cancellationToken);
        if (BenchmarkStrands.Choose(Figures.Strands, Strand) is not { } strand)
        {
            return NotFound();
        }

        (StrandKey, StrandName) = (strand.Key, strand.Name);
        return Page();
    }

    public string Link(string strandKey) => $"/audit/{Figures.AuditId}/benchmarks?strand={Uri.EscapeDataString(strandKey)}";
}
