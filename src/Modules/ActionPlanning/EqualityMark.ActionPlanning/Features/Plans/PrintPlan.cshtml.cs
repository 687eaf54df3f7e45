using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.ActionPlanning.Features.Plans;

/// <summary>The plan laid out for governors: one page per objective when printed.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PrintPlanModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public DateOnly Today => EqualityMark.Shared.Time.UkTime.Today(clock);

    [BindProperty(SupportsGet = true)]
    public Guid? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    internal PlanDto Plan { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Plan = await mediator.Send(new GetPlanQuery(School, Year), cancellationToken);
}
