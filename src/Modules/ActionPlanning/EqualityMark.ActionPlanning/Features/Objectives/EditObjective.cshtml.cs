using EqualityMark.ActionPlanning.Features.Plans;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.ActionPlanning.Features.Objectives;

[Authorize(Policy = Policies.SignedIn)]
public sealed class EditObjectiveModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ObjectiveInput Input { get; set; } = new();

    public const string ConflictField = "Conflict";

    public ObjectiveFormView Form { get; private set; } = default!;

    public bool HasConflict => ModelState.TryGetValue(ConflictField, out var entry) && entry.Errors.Count > 0;

    internal ObjectiveDetailsDto Objective { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Objective = await mediator.Send(new GetObjectiveQuery(Id), cancellationToken);
        if (!Objective.CanEdit)
        {
            return Forbid();
        }

        Input = ObjectiveInput.From(Objective);
        await LoadFormAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Objective = await mediator.Send(new GetObjectiveQuery(Id), cancellationToken);
        var command = new UpdateObjectiveCommand(
            Id, Input.Version, Input.Title ?? string.Empty, Input.CellRefs(), Input.SipReference, Input.SipPriority,
            Input.SuccessCriteria ?? string.Empty, Input.ReviewOn.Date, Input.IsPublishedObjective);
        if (await this.SendFormAsync(mediator, command, "Input", ConflictField, cancellationToken))
        {
            return Redirect($"/action-plan/objectives/{Id}?done=objective-saved");
        }

        ModelState.ExplainUnrealDates(("Input.ReviewOn", Input.ReviewOn, "Review date"));
        if (HasConflict)
        {
            // Someone else saved first: their version is shown above the form, what this person typed stays in it,
            // and saving again now starts from their version.
            Objective = await mediator.Send(new GetObjectiveQuery(Id), cancellationToken);
            Input.Version = Objective.Version;
        }

        await LoadFormAsync(cancellationToken);
        return Page();
    }

    private async Task LoadFormAsync(CancellationToken cancellationToken) =>
        Form = new ObjectiveFormView(Input, await mediator.Send(new GetPlanQuery(Objective.SchoolId, Objective.Objective.AcademicYear), cancellationToken));
}
