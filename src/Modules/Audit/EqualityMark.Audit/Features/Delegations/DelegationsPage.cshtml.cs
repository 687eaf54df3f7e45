using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Audit.Features.Delegations;

/// <summary>The co-ordinator gives elements or strands to members; members mark their parts complete.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DelegationsPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public DelegationsDto Delegations { get; private set; } = default!;

    [BindProperty]
    public DelegateInput Input { get; set; } = new();

    public Guid? CurrentUserId => user.UserId;

    public IEnumerable<SelectListItem> PeopleOptions =>
        [new("Choose a person", string.Empty), .. Delegations.People.Select(p => new SelectListItem(p.FullName, p.UserId.ToString()))];

    public IEnumerable<SelectListItem> PartOptions =>
        [new("Choose a part", string.Empty),
         .. Delegations.Framework.Elements.Select(e => new SelectListItem($"Element: {e.Name}", "element:" + e.Key)),
         .. Delegations.Framework.Strands.Select(s => new SelectListItem($"Strand: {s.Name}", "strand:" + s.Key))];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Delegations = await mediator.Send(new ListDelegationsQuery(id), cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken)
    {
        var part = Input.Part ?? string.Empty;
        var command = new DelegateCommand(id, Input.UserId,
            part.StartsWith("element:", StringComparison.Ordinal) ? part["element:".Length..] : null,
            part.StartsWith("strand:", StringComparison.Ordinal) ? part["strand:".Length..] : null);
        var added = await this.TrySendAsync(mediator, command, "Input.Part", cancellationToken);
        if (added is not null)
        {
            return RedirectToPage();
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid delegationId, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveDelegationCommand(id, delegationId), cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, Guid delegationId, bool complete, CancellationToken cancellationToken)
    {
        await mediator.Send(new CompleteDelegationCommand(id, delegationId, complete), cancellationToken);
        return RedirectToPage();
    }

    public sealed class DelegateInput
    {
        public Guid? UserId { get; set; }

        public string? Part { get; set; }
    }
}
