using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Audit.Features.Benchmarks;

/// <summary>The authority's schools of one phase beside all authorities', strand by strand.</summary>
[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class AuthorityBenchmarksPageModel(IMediator mediator) : PageModel
{
    public BenchmarksDto Figures { get; private set; } = default!;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public SchoolPhase? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Strand { get; set; }

    public string StrandKey { get; private set; } = string.Empty;

    public string StrandName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        Figures = await mediator.Send(new GetAuthorityBenchmarksQuery(Year, Phase), cancellationToken);
        if (BenchmarkStrands.Choose(Figures.Strands, Strand) is not { } strand)
        {
            return NotFound();
        }

        (StrandKey, StrandName) = (strand.Key, strand.Name);
        return Page();
    }

    public string Link(string strandKey) =>
        $"/audit/benchmarks?year={Figures.ThisYear.AcademicYear}&phase={Figures.Phase}&strand={Uri.EscapeDataString(strandKey)}";
}
