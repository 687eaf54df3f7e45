using EqualityMark.ActionPlanning.Contracts;
using EqualityMark.ActionPlanning.Features.Evidence;
using EqualityMark.ActionPlanning.Features.Shared;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.ActionPlanning.Features.Actions;

[Authorize(Policy = Policies.SignedIn)]
public sealed class ActionPageModel(IMediator mediator) : PageModel
{
    public const string ConflictField = "Conflict";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public ProgressInput Progress { get; set; } = new();

    [BindProperty(Name = "File")]
    public IFormFile? Upload { get; set; }

    internal ActionDetailsDto Action { get; private set; } = default!;

    public string? Notice => PlanNotices.Message(Done);

    public bool HasConflict => ModelState.TryGetValue(ConflictField, out var entry) && entry.Errors.Count > 0;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Action = await mediator.Send(new GetActionQuery(Id), cancellationToken);
        if (!Request.HasFormContentType)
        {
            Progress = new ProgressInput { Status = Action.Status, Rating = Action.Progress, DroppedReason = Action.DroppedReason, Version = Action.Version };
        }
    }

    public async Task<IActionResult> OnPostProgressAsync(CancellationToken cancellationToken)
    {
        var command = new RecordProgressCommand(Id, Progress.Version, Progress.Status, Progress.Rating, Progress.DroppedReason, Progress.Note ?? string.Empty);
        if (await this.SendFormAsync(mediator, command, "Progress", ConflictField, cancellationToken,
            fieldMap: new Dictionary<string, string> { ["Progress"] = "Progress.Rating" }))
        {
            return Redirect($"/action-plan/actions/{Id}?done=progress-recorded");
        }

        await OnGetAsync(cancellationToken);
        if (HasConflict)
        {
            Progress.Version = Action.Version;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostEvidenceAsync(CancellationToken cancellationToken)
    {
        if (await this.AttachUploadAsync(mediator, Upload, EvidenceOwner.Action, Id, cancellationToken))
        {
            return Redirect($"/action-plan/actions/{Id}?done=evidence-added");
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public sealed class ProgressInput
    {
        public ActionStatus? Status { get; set; }

        public ProgressRating? Rating { get; set; }

        public string? DroppedReason { get; set; }

        public string? Note { get; set; }

        public uint Version { get; set; }
    }
}
