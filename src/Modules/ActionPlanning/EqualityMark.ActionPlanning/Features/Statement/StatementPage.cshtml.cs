using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>The co-ordinator's draft of the published equality information and objectives; the authority's team reads it.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class StatementPageModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public StatementInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Published { get; set; }

    public StatementDraftDto Draft { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Draft = await mediator.Send(new GetStatementDraftQuery(School), cancellationToken);
        Input = StatementInput.From(Draft);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The command judges every value, so the binder's own messages (for "abc" in a number box) are not repeated.
        ModelState.Clear();
        var command = Input.ToCommand(School);
        try
        {
            await mediator.Send(command, cancellationToken);
            return RedirectToPage(new { School, Saved = true });
        }
        catch (RequestValidationException exception)
        {
            ModelState.AddValidationErrors(exception);
            ModelState.ExplainUnrealDates(
                ("Input.ApprovedOn", Input.ApprovedOn, "The approval date"),
                ("Input.ObjectivesReviewOn", Input.ObjectivesReviewOn, "The objectives review date"),
                ("Input.InformationReviewOn", Input.InformationReviewOn, "The information update date"));
        }
        catch (ConflictException exception)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, exception.Message);
            Draft = (StatementDraftDto)exception.Current!;
            Input = StatementInput.From(Draft);
            return Page();
        }

        Draft = await mediator.Send(new GetStatementDraftQuery(School), cancellationToken);
        return Page();
    }

    /// <summary>"Add another figure": shows one more empty row; nothing is saved until "Save draft".</summary>
    public async Task<IActionResult> OnPostAddFigureAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Input.Figures.Add(new FigureRow());
        Draft = await mediator.Send(new GetStatementDraftQuery(School), cancellationToken);
        return Page();
    }

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
