using EqualityMark.ActionPlanning.Features.Actions;
using EqualityMark.ActionPlanning.Features.Evidence;
using EqualityMark.ActionPlanning.Features.Objectives;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.ActionPlanning.Features.Remove;

/// <summary>The confirmation page before removing an objective, an action or an evidence file.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class RemovePageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string What { get; private set; } = string.Empty;

    public string Consequence { get; private set; } = string.Empty;

    public string BackTo { get; private set; } = "/action-plan";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        switch (Kind)
        {
            case "objective":
                var objective = await mediator.Send(new GetObjectiveQuery(Id), cancellationToken);
                (What, BackTo) = ($"the objective “{objective.Objective.Title}”", $"/action-plan/objectives/{Id}");
                Consequence = $"Its {objective.Objective.Actions.Count} actions, their progress notes, its impact records and all their evidence files will be removed too. This cannot be undone.";
                return objective.CanEdit ? Page() : Forbid();
            case "action":
                var action = await mediator.Send(new GetActionQuery(Id), cancellationToken);
                (What, BackTo) = ($"the action “{action.Description}”", $"/action-plan/actions/{Id}");
                Consequence = "Its progress notes and evidence files will be removed too. This cannot be undone.";
                return action.CanEdit ? Page() : Forbid();
            case "evidence":
                var file = await mediator.Send(new GetEvidenceNameQuery(Id), cancellationToken);
                (What, BackTo) = ($"the file “{file.FileName}”", "/action-plan");
                Consequence = "The file will no longer be evidence for the plan or an accreditation summary. This cannot be undone.";
                return Page();
            default:
                throw new NotFoundException("There is nothing of that kind to remove.");
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        switch (Kind)
        {
            case "objective":
                var objective = await mediator.Send(new GetObjectiveQuery(Id), cancellationToken);
                await mediator.Send(new DeleteObjectiveCommand(Id), cancellationToken);
                return Redirect($"/action-plan?year={objective.Objective.AcademicYear}&done=objective-removed");
            case "action":
                var action = await mediator.Send(new GetActionQuery(Id), cancellationToken);
                await mediator.Send(new DeleteActionCommand(Id), cancellationToken);
                return Redirect($"/action-plan/objectives/{action.ObjectiveId}?done=action-removed");
            case "evidence":
                await mediator.Send(new RemoveEvidenceCommand(Id), cancellationToken);
                return Redirect("/action-plan?done=evidence-removed");
            default:
                throw new NotFoundException("There is nothing of that kind to remove.");
        }
    }
}
