using EqualityMark.Audit.Features.Audits;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Audit.Features.Authority;

/// <summary>The authority's view of every school's audit this year, filterable by phase; staff can return a submitted audit.</summary>
[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class AuditSchoolsModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public SchoolPhase? Phase { get; set; }

    public IReadOnlyList<SchoolAuditStatusDto> Schools { get; private set; } = [];

    public int AcademicYearShown => Year ?? AcademicYear.For(clock.GetUtcNow());

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Schools = await mediator.Send(new ListAuditStatusesQuery(AcademicYearShown, Phase), cancellationToken);

    public async Task<IActionResult> OnPostReturnAsync(Guid auditId, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new ReturnAuditCommand(auditId, reason ?? string.Empty), cancellationToken);
            return RedirectToPage(new { Year, Phase });
        }
        catch (EqualityMark.Shared.Errors.RequestValidationException exception)
        {
            ModelState.AddModelError(string.Empty, exception.Errors.Values.First()[0]);
            await OnGetAsync(cancellationToken);
            return Page();
        }
    }
}
