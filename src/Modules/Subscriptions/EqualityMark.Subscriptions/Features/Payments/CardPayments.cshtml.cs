using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Payments;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class CardPaymentsModel(IMediator mediator) : PageModel
{
    public StripeSettingsDto Settings { get; private set; } = default!;

    [BindProperty]
    public KeysInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Settings = await mediator.Send(new GetStripeSettingsQuery(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var saved = await this.TrySendAsync(mediator, new SetStripeKeysCommand(Input.SecretKey ?? string.Empty, Input.WebhookSecret ?? string.Empty), "Input.SecretKey", cancellationToken);
        if (saved is not null)
        {
            return Redirect("/admin/payments");
        }

        Settings = await mediator.Send(new GetStripeSettingsQuery(), cancellationToken);
        return Page();
    }

    public sealed class KeysInput
    {
        public string? SecretKey { get; set; }

        public string? WebhookSecret { get; set; }
    }
}
