using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.SignUps;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class ReviewSignUpModel(IMediator mediator) : PageModel
{
    public SignUpDto SignUp { get; private set; } = default!;

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public SubscriptionYear? Year { get; set; }

    public SubscriptionYearChoiceDto YearChoice { get; private set; } = default!;

    /// <summary>After POST-redirect-GET: what was just decided (?done=…).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Banner => Done switch
    {
        "approved" => $"Sign-up approved. {SignUp.SchoolName} has been added and its co-ordinator invited",
        "rejected" => "Sign-up rejected. The co-ordinator has been emailed the reason",
        _ => null,
    };

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        SignUp = await mediator.Send(new GetSignUpQuery(id), cancellationToken);
        YearChoice = await mediator.Send(new GetSubscriptionYearChoiceQuery(), cancellationToken);
        Year ??= YearChoice.Default;
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) =>
        DecideAsync(id, new ApproveSignUpCommand(id, Year), "approved", cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken cancellationToken) =>
        DecideAsync(id, new RejectSignUpCommand(id, Reason ?? string.Empty), "rejected", cancellationToken);

    private async Task<IActionResult> DecideAsync(Guid id, IRequest<SignUpDto> command, string done, CancellationToken cancellationToken)
    {
        try
        {
            var decided = await mediator.Send(command, cancellationToken);
            return Redirect($"/admin/sign-ups/{decided.Id}?done={done}");
        }
        catch (RequestValidationException exception)
        {
            foreach (var message in exception.Errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError(nameof(Reason), message);
            }
        }
        catch (ConflictException exception)
        {
            ModelState.AddModelError(nameof(Reason), exception.Message);
        }

        SignUp = await mediator.Send(new GetSignUpQuery(id), cancellationToken);
        YearChoice = await mediator.Send(new GetSubscriptionYearChoiceQuery(), cancellationToken);
        Year ??= YearChoice.Default;
        return Page();
    }
}
