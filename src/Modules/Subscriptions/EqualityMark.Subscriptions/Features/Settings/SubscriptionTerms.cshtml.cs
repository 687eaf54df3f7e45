using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Subscriptions.Features.Settings;

/// <summary>The authority's subscription terms: VAT by school type, VAT number and address for invoices, the year and payment terms.</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class SubscriptionTermsModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public TermsInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool Saved { get; set; }

    public static IEnumerable<SelectListItem> VatOptions =>
        Enum.GetValues<VatTreatment>().Select(t => new SelectListItem(VatTreatmentNames.Display(t), t.ToString()));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var s = await mediator.Send(new GetSubscriptionSettingsQuery(), cancellationToken);
        Input = new TermsInput
        {
            VatRatePercent = s.VatRatePercent, VatBySchoolType = s.VatBySchoolType, VatRegistrationNumber = s.VatRegistrationNumber,
            Address = s.Address, YearStartMonth = s.YearStartMonth, YearStartDay = s.YearStartDay,
            PaymentTermsDays = s.PaymentTermsDays, LapseGraceDays = s.LapseGraceDays,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new UpdateSubscriptionSettingsCommand(Input.VatRatePercent ?? -1, Input.VatBySchoolType, Input.VatRegistrationNumber, Input.Address,
            Input.YearStartMonth ?? 0, Input.YearStartDay ?? 0, Input.PaymentTermsDays ?? -1, Input.LapseGraceDays ?? -1);
        var saved = await this.TrySendAsync(mediator, command, "Input.VatRatePercent", cancellationToken);
        return saved is null ? Page() : Redirect("/admin/subscription-terms?saved=true");
    }

    public sealed class TermsInput
    {
        public int? VatRatePercent { get; set; }

        public VatBySchoolTypeDto VatBySchoolType { get; set; } = new(null, null, null, null);

        public string? VatRegistrationNumber { get; set; }

        public PostalAddressDto Address { get; set; } = new(null, null, null, null);

        public int? YearStartMonth { get; set; }

        public int? YearStartDay { get; set; }

        public int? PaymentTermsDays { get; set; }

        public int? LapseGraceDays { get; set; }
    }
}
