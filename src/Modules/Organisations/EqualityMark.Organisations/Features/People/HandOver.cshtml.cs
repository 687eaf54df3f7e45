using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Features.Account;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.People;

/// <summary>A co-ordinator passes the role to someone of their school, or to someone new, and stays or leaves.</summary>
[Authorize(Policy = Policies.CanInvite)]
public sealed class HandOverModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    public const string SomeoneNew = "new";

    [BindProperty]
    public HandOverInput Input { get; set; } = new();

    public IReadOnlyList<PersonDto> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (currentUser.Role != Roles.SchoolCoordinator)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var chosen = Input.To is { } to && to != SomeoneNew && Guid.TryParse(to, out var id) ? id : (Guid?)null;
        if (Input.To is null)
        {
            ModelState.AddModelError("Input.ToUserId", "Choose who takes over as co-ordinator");
        }

        HandOverDto? result = null;
        if (ModelState.IsValid)
        {
            var command = new HandOverCoordinationCommand(null, chosen, Input.NewPersonName, Input.NewPersonEmail, Input.Stay != "leave");
            await this.SendFormAsync(mediator, command, "Input", "Input.ToUserId", cancellationToken, r => result = r);
        }

        if (result is null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        // The role in this person's cookie is now out of date: renew it, or sign them out if they left.
        if (result.OutgoingStays)
        {
            await mediator.Send(new RefreshSessionCommand(), cancellationToken);
        }
        else
        {
            await mediator.Send(new SignOutCommand(), cancellationToken);
        }

        return Redirect($"/people/hand-over/done?name={Uri.EscapeDataString(result.IncomingName)}&stayed={result.OutgoingStays}&invited={result.Invited}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Candidates = (await mediator.Send(new ListPeopleQuery(), cancellationToken))
            .Where(p => p.Id != currentUser.UserId && p.Status != "Deactivated").ToList();

    public sealed class HandOverInput
    {
        public string? To { get; set; }

        public string? NewPersonName { get; set; }

        public string? NewPersonEmail { get; set; }

        public string Stay { get; set; } = "stay";
    }
}
