using EqualityMark.Accreditation.Features.Summaries;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Review;

/// <summary>
/// After the visit the advisor records the outcome for a badge: awarded, or not yet with reasons and next steps.
/// Awarding cannot be undone (only revoked), so the answers are checked on a second screen before they count.
/// </summary>
[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class OutcomePageModel(IMediator mediator, IValidator<RecordOutcomeCommand> validator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public OutcomeInput Input { get; set; } = new();

    public bool Checking { get; private set; }

    public SummaryDetailsDto Summary { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Summary = await mediator.Send(new GetSummaryQuery(Id), cancellationToken);
        Input.Version = Summary.RowVersion;
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await validator.ValidateAsync(Input.ToCommand(Id), cancellationToken);
        if (result.IsValid && Input.VisitedOn.IsReal)
        {
            Checking = true;
        }
        else
        {
            ModelState.AddValidationErrors(new RequestValidationException(result.ToDictionary().AsReadOnly()), "Input");
            ModelState.ExplainUnrealDates(("Input.VisitedOn", Input.VisitedOn, "The date of the visit"));
        }

        Summary = await mediator.Send(new GetSummaryQuery(Id), cancellationToken);
        return Page();
    }

    /// <summary>"Change the answers": back to the form with what was entered.</summary>
    public async Task<IActionResult> OnPostChangeAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Summary = await mediator.Send(new GetSummaryQuery(Id), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        OutcomeResultDto? outcome = null;
        if (await this.SendFormAsync(mediator, Input.ToCommand(Id), "Input", "Conflict", cancellationToken, r => outcome = r))
        {
            var done = outcome!.Mark is not null ? "mark-awarded" : outcome.Badge is not null ? "awarded" : "not-yet";
            return Redirect($"/accreditation/review?done={done}");
        }

        Summary = await mediator.Send(new GetSummaryQuery(Id), cancellationToken);
        return Page();
    }
}
