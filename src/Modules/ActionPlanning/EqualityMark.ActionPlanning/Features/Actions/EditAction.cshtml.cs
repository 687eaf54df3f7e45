using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EqualityMark.ActionPlanning.Features.Actions;

[Authorize(Policy = Policies.SignedIn)]
public sealed class EditActionModel(IMediator mediator) : ActionFormPage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    internal ActionDetailsDto Action { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Action = await Mediator.Send(new GetActionQuery(Id), cancellationToken);
        if (!Action.CanEdit)
        {
            return Forbid();
        }

        Input = ActionInput.From(Action);
        await LoadOwnersAsync(Action.SchoolId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Action = await Mediator.Send(new GetActionQuery(Id), cancellationToken);
        await LoadOwnersAsync(Action.SchoolId, cancellationToken);
        var command = new UpdateActionCommand(Id, Input.Version, Input.Description ?? string.Empty, Input.OwnerUserId, Input.StartOn.Date, Input.DueOn.Date, Input.Resources, Input.CostPounds);
        if (await SendAsync(command, cancellationToken) is not null)
        {
            return Redirect($"/action-plan/actions/{Id}?done=action-saved");
        }

        if (HasConflict)
        {
            Action = await Mediator.Send(new GetActionQuery(Id), cancellationToken);
            Input.Version = Action.Version;
        }

        return Page();
    }
}
