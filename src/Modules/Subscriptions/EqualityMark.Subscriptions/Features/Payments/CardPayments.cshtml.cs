using System.Globalization;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Time;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Features.PaymentMethods;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Payments;

/// <summary>The authority's Stripe keys: save them, then test the connection; card payments are on once Stripe accepts them (ADR 0024).</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class CardPaymentsModel(IMediator mediator) : PageModel
{
    public const string KeysSaved = "saved";

    public const string ConnectionAccepted = "tested";

    public StripeSettingsDto Settings { get; private set; } = default!;

    [BindProperty]
    public KeysInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string? Banner => Done switch
    {
        KeysSaved => "Stripe keys saved. Test the connection to turn card payments on.",
        ConnectionAccepted when Settings.CardPaymentsOn => "Stripe accepted your keys. Card payments are on: schools can choose to pay by card.",
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Settings = await mediator.Send(new GetStripeSettingsQuery(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var saved = await this.TrySendAsync(mediator, new SetStripeKeysCommand(Input.SecretKey ?? string.Empty, Input.WebhookSecret ?? string.Empty), "Input.SecretKey", cancellationToken);
        return saved is not null ? Redirect($"/admin/payments?done={KeysSaved}") : await ShowAgainAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostTestAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var tested = await this.SendFormWithStatusAsync(mediator, new TestStripeConnectionCommand(), "Input", "Input.SecretKey", cancellationToken);
        return tested is not null ? Redirect($"/admin/payments?done={ConnectionAccepted}") : await ShowAgainAsync(cancellationToken);
    }

    public static string ConnectionText(StripeSettingsDto settings)
    {
        if (settings.ConnectionTestedAt is not { } at)
        {
            return settings.IsConfigured ? "Not tested yet" : "Save the keys, then test the connection";
        }

        var when = UkTime.ToLondon(at).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"));
        return settings.ConnectionSucceeded ? $"Stripe accepted the keys on {when}" : $"Failed on {when}: {settings.ConnectionFailure}";
    }

    private async Task<IActionResult> ShowAgainAsync(CancellationToken cancellationToken)
    {
        Settings = await mediator.Send(new GetStripeSettingsQuery(), cancellationToken);
        return Page();
    }

    public sealed class KeysInput
    {
        public string? SecretKey { get; set; }

        public string? WebhookSecret { get; set; }
    }
}
