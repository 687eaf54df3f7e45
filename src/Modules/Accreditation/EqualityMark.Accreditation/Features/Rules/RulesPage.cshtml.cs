using System.Globalization;
using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Rules;

/// <summary>The authority's award rules: administrators change them, the rest of the team reads them.</summary>
[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class RulesPageModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public RulesInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Notice => AuthorityNotices.Message(Done);

    internal AwardRulesDto Rules { get; private set; } = default!;

    public RulesChoice BadgesChoice => new(
        "Input.AllBadges", "Badges that earn the Mark", $"Your framework has {Rules.BadgesInFramework.ToString(CultureInfo.InvariantCulture)} badges",
        $"All {Rules.BadgesInFramework.ToString(CultureInfo.InvariantCulture)} badges", "A number of them", false,
        "Input.BadgesForMark", "Number of badges, if not all", Input.AllBadges, Input.BadgesForMark);

    public RulesChoice WindowChoice => new(
        "Input.WithinWindow", "Time limit for the badges", "Whether the badges counted for the Mark must all be awarded within a number of years",
        "No time limit", "Within a number of years", true, "Input.MarkWindowYears", "Years, if there is a time limit (1 to 10)", Input.WithinWindow, Input.MarkWindowYears);

    public RulesChoice BadgeExpiryChoice => new(
        "Input.BadgesExpire", "How long a badge is valid", "An expired badge no longer counts towards the Mark",
        "Badges never expire", "A number of years", true, "Input.BadgeValidityYears", "Years, if badges expire (1 to 10)", Input.BadgesExpire, Input.BadgeValidityYears);

    public RulesChoice MarkExpiryChoice => new(
        "Input.MarkExpires", "How long the Mark is valid", "When the Mark expires, it is awarded again once the rule is met",
        "The Mark never expires", "A number of years", true, "Input.MarkValidityYears", "Years, if the Mark expires (1 to 10)", Input.MarkExpires, Input.MarkValidityYears);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rules = await mediator.Send(new GetAwardRulesQuery(), cancellationToken);
        Input = RulesInput.From(Rules);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await this.SendFormAsync(mediator, Input.ToCommand(), "Input", string.Empty, cancellationToken))
        {
            return Redirect("/accreditation/settings?done=rules-saved");
        }

        Rules = await mediator.Send(new GetAwardRulesQuery(), cancellationToken);
        if (ModelState.TryGetValue(string.Empty, out var clash) && clash.Errors.Count > 0)
        {
            // Someone saved first: show their rules (not the values sent) with the message, so the next save starts from them.
            var message = clash.Errors[0].ErrorMessage;
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, message);
            Input = RulesInput.From(Rules);
        }

        return Page();
    }
}
