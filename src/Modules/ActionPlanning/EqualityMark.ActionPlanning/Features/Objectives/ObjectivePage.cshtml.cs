using EqualityMark.ActionPlanning.Features.Evidence;
using EqualityMark.ActionPlanning.Features.Plans;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.ActionPlanning.Features.Objectives;

[Authorize(Policy = Policies.SignedIn)]
public sealed class ObjectivePageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public ImpactInput Impact { get; set; } = new();

    [BindProperty(Name = "File")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    internal ObjectiveDetailsDto Details { get; private set; } = default!;

    public string? Notice => PlanNotices.Message(Done);

    public IEnumerable<SelectListItem> StrandOptions =>
        [new("Choose a strand", string.Empty), .. Details.Objective.Cells.DistinctBy(c => c.StrandKey).Select(c => new SelectListItem(c.StrandName, c.StrandKey))];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Details = await mediator.Send(new GetObjectiveQuery(Id), cancellationToken);

    public Task<IActionResult> OnPostImpactAsync(CancellationToken cancellationToken) => SendAsync(
        new RecordImpactCommand(Id, Impact.WhatChanged ?? string.Empty, Impact.StrandKey ?? string.Empty, Impact.Group ?? string.Empty, Impact.Measure, Impact.Before, Impact.After),
        "Impact", "impact-recorded", cancellationToken);

    public async Task<IActionResult> OnPostEvidenceAsync(CancellationToken cancellationToken)
    {
        if (await this.AttachUploadAsync(mediator, Upload, EvidenceOwner.Objective, Id, cancellationToken))
        {
            return Redirect($"/action-plan/objectives/{Id}?done=evidence-added");
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCommentAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return await SendAsync(new AddPlanCommentCommand(Details.SchoolId, Id, Comment ?? string.Empty), string.Empty, "comment-added", cancellationToken,
            new Dictionary<string, string> { ["Text"] = nameof(Comment) });
    }

    private async Task<IActionResult> SendAsync<T>(IRequest<T> command, string prefix, string done, CancellationToken cancellationToken, Dictionary<string, string>? fieldMap = null)
    {
        if (await this.SendFormAsync(mediator, command, prefix, prefix, cancellationToken, fieldMap: fieldMap))
        {
            return Redirect($"/action-plan/objectives/{Id}?done={done}");
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public sealed class ImpactInput
    {
        public string? WhatChanged { get; set; }

        public string? StrandKey { get; set; }

        public string? Group { get; set; }

        public string? Measure { get; set; }

        public string? Before { get; set; }

        public string? After { get; set; }
    }
}
