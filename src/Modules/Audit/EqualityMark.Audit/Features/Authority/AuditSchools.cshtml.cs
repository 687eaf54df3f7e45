using System.Globalization;
using EqualityMark.Audit.Features.Audits;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Paging;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
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

    public PagedList<SchoolAuditStatusDto> Schools { get; private set; } = new([], 0, 1, ListSchoolsPageQuery.DefaultPageSize);

    public int AcademicYearShown => Year ?? AcademicYear.For(clock.GetUtcNow());

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Schools = await mediator.Send(new ListAuditStatusesQuery(AcademicYearShown, Phase, Request.PageNumber()), cancellationToken);

    /// <summary>Returns an audit, then shows the same year, phase and page again (<paramref name="shownPage"/> comes from the form).</summary>
    public async Task<IActionResult> OnPostReturnAsync(Guid auditId, string? reason, int? shownPage, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new ReturnAuditCommand(auditId, reason ?? string.Empty), cancellationToken);
            return Redirect("/audit/schools" + QueryString.Create(new Dictionary<string, string?>
            {
                ["Year"] = Year?.ToString(CultureInfo.InvariantCulture), ["Phase"] = Phase?.ToString(), ["page"] = shownPage?.ToString(CultureInfo.InvariantCulture),
            }.Where(p => p.Value is not null)));
        }
        catch (EqualityMark.Shared.Errors.RequestValidationException exception)
        {
            ModelState.AddModelError(string.Empty, exception.Errors.Values.First()[0]);
            Schools = await mediator.Send(new ListAuditStatusesQuery(AcademicYearShown, Phase, shownPage ?? 1), cancellationToken);
            return Page();
        }
    }
}
