using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Audit.Features.Audits;

/// <summary>The audit, one element at a time: each item's judgement per strand, saved one by one.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class AuditWorkspaceModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public bool CanSeeGrid => Grid.GridSharing.IsVisibleTo(user, Workspace.Audit.GridSharedAt);

    [BindProperty(SupportsGet = true)]
    public string? Element { get; set; }

    public AuditWorkspaceDto Workspace { get; private set; } = default!;

    [BindProperty]
    public JudgementInput Input { get; set; } = new();

    /// <summary>Set when someone else saved the judgement first: their version, and what this person typed.</summary>
    public JudgementDto? Theirs { get; private set; }

    public string? SavedMessage { get; private set; }

    /// <summary>The school, named for the authority's staff; null for the school's own people.</summary>
    public string? SchoolName { get; private set; }

    public string? SentMessage { get; private set; }

    public bool IsInputFor(JudgementDto judgement) => Input.ItemKey == judgement.ItemKey && Input.StrandKey == judgement.StrandKey && ModelState.ErrorCount + (Theirs is null ? 0 : 1) > 0;

    public static string Anchor(JudgementDto j) => $"j-{j.ItemKey}-{j.StrandKey}";

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostJudgementAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new SaveJudgementCommand(id, Input.ItemKey, Input.StrandKey, Input.Rating, Input.Commentary, Input.EvidenceNotes, Input.Version), cancellationToken);
            return Redirect($"/audit/{id}?element={Uri.EscapeDataString(Element ?? string.Empty)}&saved={Uri.EscapeDataString(Input.ItemKey)}#j-{Input.ItemKey}-{Input.StrandKey}");
        }
        catch (RequestValidationException exception)
        {
            // Keyed by the judgement's anchor, so the error summary links to the form that needs fixing.
            foreach (var message in exception.Errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError($"j-{Input.ItemKey}-{Input.StrandKey}", message);
            }
        }
        catch (ConflictException exception) when (exception.Current is JudgementDto current)
        {
            Theirs = current;
            ModelState.AddModelError($"j-{Input.ItemKey}-{Input.StrandKey}",
                $"{current.UpdatedBy ?? "Someone"} saved this judgement after you opened it. Their version and yours are shown; yours is not saved yet.");
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var all = await mediator.Send(new GetAuditWorkspaceQuery(id), cancellationToken);
        Element ??= all.Items.Select(i => i.Item.ElementKey).FirstOrDefault();
        Workspace = all with { Items = all.Items.Where(i => i.Item.ElementKey == Element).ToList() };
        SchoolName = await AuditSchoolNames.ForStaffAsync(mediator, user, all.Audit.SchoolId, cancellationToken);
        VisibleElementKeys = all.Items.Select(i => i.Item.ElementKey).Distinct().ToList();
        SavedMessage = Request.Query["saved"].FirstOrDefault() is { Length: > 0 } ? "Your judgement was saved." : null;
        SentMessage = Request.Query["sent"].FirstOrDefault() is { Length: > 0 } && Workspace.Audit.Status == AuditStatus.Submitted
            ? "Your audit has been sent to the equality team" : null;
    }

    public IReadOnlyList<string> VisibleElementKeys { get; private set; } = [];

    public sealed class JudgementInput
    {
        public string ItemKey { get; set; } = string.Empty;

        public string StrandKey { get; set; } = string.Empty;

        public Rating? Rating { get; set; }

        public string? Commentary { get; set; }

        public string? EvidenceNotes { get; set; }

        public uint Version { get; set; }
    }
}
