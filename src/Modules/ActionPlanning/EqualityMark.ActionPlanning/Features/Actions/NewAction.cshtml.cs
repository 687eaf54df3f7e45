using EqualityMark.ActionPlanning.Features.Objectives;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EqualityMark.ActionPlanning.Features.Actions;

[Authorize(Policy = Policies.SignedIn)]
public sealed class NewActionModel(IMediator mediator) : ActionFormPage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    internal ObjectiveDetailsDto Objective { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Objective.CanEdit ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var command = new AddActionCommand(Id, Input.Description ?? string.Empty, Input.OwnerUserId, Input.StartOn.Date, Input.DueOn.Date, Input.Resources, Input.CostPounds);
        var created = await SendAsync(command, cancellationToken);
        return created is null ? Page() : Redirect($"/action-plan/actions/{created.Id}?done=action-added");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Objective = await Mediator.Send(new GetObjectiveQuery(Id), cancellationToken);
        await LoadOwnersAsync(Objective.SchoolId, cancellationToken);
    }
}
