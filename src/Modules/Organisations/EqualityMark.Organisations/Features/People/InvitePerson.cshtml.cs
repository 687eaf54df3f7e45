using EqualityMark.Organisations.Contracts;
using EqualityMark.Organisations.Features.Schools;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Organisations.Features.People;

[Authorize(Policy = Policies.CanInvite)]
public sealed class InvitePersonModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public IEnumerable<SelectListItem> RoleOptions { get; private set; } = [];

    public IEnumerable<SelectListItem> SchoolOptions { get; private set; } = [];

    public bool ChoosesSchool => currentUser.IsAuthorityAdmin;

    public string? SentTo { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadOptionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var role = ChoosesSchool ? Input.Role ?? string.Empty : Roles.SchoolMember;
        var schoolId = ChoosesSchool ? Input.SchoolId : currentUser.SchoolId;
        var command = new InviteUserCommand(Input.Email ?? string.Empty, Input.FullName ?? string.Empty, role, schoolId);
        var invitation = await this.TrySendAsync(mediator, command, "Input.Email", cancellationToken);
        if (invitation is not null)
        {
            SentTo = invitation.Email;
            Input = new InviteInput();
            ModelState.Clear();
        }

        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        if (!ChoosesSchool)
        {
            return;
        }

        RoleOptions = [new SelectListItem("Choose a role", string.Empty), .. Roles.TenantRoles.Select(r => new SelectListItem(Roles.DisplayName(r), r))];
        var schools = await mediator.Send(new ListSchoolsQuery(), cancellationToken);
        SchoolOptions = [new SelectListItem("Not a school user", string.Empty), .. schools.Select(s => new SelectListItem($"{s.Name} ({PhaseNames.Display(s.Phase)})", s.Id.ToString()))];
    }

    public sealed class InviteInput
    {
        public string? FullName { get; set; }

        public string? Email { get; set; }

        public string? Role { get; set; }

        public Guid? SchoolId { get; set; }
    }
}
