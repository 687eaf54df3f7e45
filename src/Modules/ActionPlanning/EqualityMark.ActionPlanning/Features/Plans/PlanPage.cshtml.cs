using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.ActionPlanning.Features.Plans;

[Authorize(Policy = Policies.SignedIn)]
public sealed class PlanPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public bool IsMember => user.Role == Roles.SchoolMember;

    [BindProperty(SupportsGet = true)]
    public Guid? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>"strand" or "element": the two views of the same plan.</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public PlanFocus? Focus { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    internal PlanDto Plan { get; private set; } = default!;

    public string? Notice => PlanNotices.Message(Done);

    public bool ByElement => View is null ? Plan.Focus == PlanFocus.ByElement : View == "element";

    public string Query(int? year = null, string? view = null) =>
        $"?{(School is { } s ? $"school={s}&" : string.Empty)}year={year ?? Plan.AcademicYear}&view={view ?? (ByElement ? "element" : "strand")}";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Plan = await mediator.Send(new GetPlanQuery(School, Year), cancellationToken);

    public async Task<IActionResult> OnPostFocusAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return await this.SendFormAsync(mediator, new SetPlanFocusCommand(Plan.SchoolId, Focus), string.Empty, nameof(Focus), cancellationToken)
            ? Redirect($"/action-plan?year={Plan.AcademicYear}&done=focus-saved") : Page();
    }

    public async Task<IActionResult> OnPostCarryForwardAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return await this.SendFormAsync(mediator, new CarryForwardCommand(Plan.SchoolId, Plan.AcademicYear - 1), string.Empty, "carry-forward", cancellationToken)
            ? Redirect($"/action-plan?year={Plan.AcademicYear}&done=carried-forward") : Page();
    }

    public async Task<IActionResult> OnPostCommentAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        var command = new AddPlanCommentCommand(Plan.SchoolId, null, Comment ?? string.Empty);
        return await this.SendFormAsync(mediator, command, string.Empty, nameof(Comment), cancellationToken, fieldMap: new Dictionary<string, string> { ["Text"] = nameof(Comment) })
            ? Redirect($"/action-plan{Query()}&done=comment-added") : Page();
    }
}
