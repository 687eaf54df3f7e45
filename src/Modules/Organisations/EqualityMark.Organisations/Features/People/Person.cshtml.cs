using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Organisations.Features.People;

[Authorize(Policy = Policies.CanInvite)]
public sealed class PersonModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    public PersonDto Person { get; private set; } = default!;

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public bool CanChangeRole => currentUser.IsAuthorityAdmin;

    public bool IsSelf => currentUser.UserId == Person.Id;

    public string? Banner => Done switch
    {
        "resent" => $"A new invitation has been sent to {Person.Email}",
        "role" => $"{Person.FullName} is now {Roles.DisplayName(Person.Role).ToLowerInvariant()}",
        "reactivated" => $"{Person.FullName} can sign in again",
        "deactivated" => $"{Person.FullName} has been deactivated and signed out",
        _ => null,
    };

    public IEnumerable<SelectListItem> RoleOptions => (Person.SchoolId is null ? [Roles.AuthorityAdmin, Roles.Advisor] : new[] { Roles.SchoolCoordinator, Roles.SchoolMember })
        .Select(r => new SelectListItem(Roles.DisplayName(r), r, r == Person.Role));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Person = await mediator.Send(new GetPersonQuery(id), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new ResendInvitationCommand(id), cancellationToken);
        return Redirect($"/people/{id}?done=resent");
    }

    public async Task<IActionResult> OnPostReactivateAsync(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new ReactivatePersonCommand(id), cancellationToken);
        return Redirect($"/people/{id}?done=reactivated");
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await this.SendFormAsync(mediator, new ChangeRoleCommand(id, Role ?? string.Empty), string.Empty, nameof(Role), cancellationToken))
        {
            return Redirect($"/people/{id}?done=role");
        }

        Person = await mediator.Send(new GetPersonQuery(id), cancellationToken);
        return Page();
    }
}
