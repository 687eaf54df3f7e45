using EqualityMark.Audit.Contracts;
using EqualityMark.Events.Contracts;
using EqualityMark.Events.Features.Shared;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Events.Features.Visits;

[Authorize(Policy = Policies.SignedIn)]
public sealed class VisitsPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public IReadOnlyList<VisitDto> Visits { get; private set; } = [];

    /// <summary>?mine=true: only the visits the signed-in advisor is booked for ("Your visits" on an advisor's home page).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    public bool CanRequest => user.Role == Roles.SchoolCoordinator;

    public bool IsAdvisor => user.Role == Roles.Advisor;

    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public static IEnumerable<SelectListItem> KindOptions =>
        [new("Choose a kind of visit", string.Empty), .. Enum.GetValues<VisitKind>().Select(k => new SelectListItem(VisitKinds.Name(k), k.ToString()))];

    public IReadOnlyList<BadgeDto> Badges { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Visits = await mediator.Send(new ListVisitsQuery(OnlyMine: Mine), cancellationToken);
        Badges = await mediator.Send(new GetBadgesQuery(), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var visit = await this.TrySendAsync(mediator, new RequestVisitCommand(Input.Kind, Input.Focus ?? string.Empty, Input.ProposedDates ?? string.Empty, Input.Badges), "Input.Kind", cancellationToken);
        if (visit is not null)
        {
            return Redirect($"/visits/{visit.Id}");
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public sealed class RequestInput
    {
        public VisitKind? Kind { get; set; }

        public string? Focus { get; set; }

        public string? ProposedDates { get; set; }

        public List<string> Badges { get; set; } = [];
    }
}
