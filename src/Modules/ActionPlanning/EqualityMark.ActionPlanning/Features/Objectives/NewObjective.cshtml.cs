using EqualityMark.ActionPlanning.Features.Plans;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.ActionPlanning.Features.Objectives;

[Authorize(Policy = Policies.SignedIn)]
public sealed class NewObjectiveModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>A red or amber cell the co-ordinator started from ("elementKey:strandKey").</summary>
    [BindProperty(SupportsGet = true)]
    public string? Cell { get; set; }

    [BindProperty]
    public ObjectiveInput Input { get; set; } = new();

    public ObjectiveFormView Form { get; private set; } = default!;

    internal PlanDto Plan { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!Plan.CanEdit)
        {
            return Forbid();
        }

        if (Cell is not null)
        {
            Input.Cells.Add(Cell);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var command = new CreateObjectiveCommand(
            Plan.SchoolId, Plan.AcademicYear, Input.Title ?? string.Empty, Input.CellRefs(), Input.SipReference, Input.SipPriority,
            Input.SuccessCriteria ?? string.Empty, Input.ReviewOn.Date, Input.IsPublishedObjective);
        ObjectiveDetailsDto? created = null;
        await this.SendFormAsync(mediator, command, "Input", "Input.Title", cancellationToken, o => created = o);
        ModelState.ExplainUnrealDates(("Input.ReviewOn", Input.ReviewOn, "Review date"));
        return created is null ? Page() : Redirect($"/action-plan/objectives/{created.Objective.Id}?done=objective-added");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Plan = await mediator.Send(new GetPlanQuery(null, Year), cancellationToken);
        Form = new ObjectiveFormView(Input, Plan);
    }
}
