using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Subscriptions.Features.Settings;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class SubscriptionTermsModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public TermsInput Input { get; set; } = new();

    public static IEnumerable<SelectListItem> VatOptions =>
    [
        new SelectListItem("Prices are what the school pays (no VAT added)", nameof(VatMode.PriceIsWhatSchoolPays)),
        new SelectListItem("VAT is added to the prices", nameof(VatMode.VatAddedToPrice)),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var s = await mediator.Send(new GetSubscriptionSettingsQuery(), cancellationToken);
        Input = new TermsInput
        {
            VatMode = s.VatMode, VatRatePercent = s.VatRatePercent, YearStartMonth = s.YearStartMonth, YearStartDay = s.YearStartDay,
            PaymentTermsDays = s.PaymentTermsDays, LapseGraceDays = s.LapseGraceDays,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new UpdateSubscriptionSettingsCommand(Input.VatMode, Input.VatRatePercent ?? -1, Input.YearStartMonth ?? 0, Input.YearStartDay ?? 0,
            Input.PaymentTermsDays ?? -1, Input.LapseGraceDays ?? -1);
        var saved = await this.TrySendAsync(mediator, command, "Input.VatMode", cancellationToken);
        return saved is null ? Page() : Redirect("/admin/packages");
    }

    public sealed class TermsInput
    {
        public VatMode? VatMode { get; set; }

        public int? VatRatePercent { get; set; }

        public int? YearStartMonth { get; set; }

        public int? YearStartDay { get; set; }

        public int? PaymentTermsDays { get; set; }

        public int? LapseGraceDays { get; set; }
    }
}
