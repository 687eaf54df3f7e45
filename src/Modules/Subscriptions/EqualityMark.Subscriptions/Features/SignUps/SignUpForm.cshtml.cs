using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Tenancy;
using EqualityMark.Subscriptions.Features.PaymentMethods;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Subscriptions.Features.SignUps;

/// <summary>The public sign-up form of an authority's programme.</summary>
[AllowAnonymous]
public sealed class SignUpFormModel(IMediator mediator, ITenantContext tenant) : PageModel
{
    [BindProperty]
    public SignUpInput Input { get; set; } = new();

    public string ProgrammeName { get; private set; } = string.Empty;

    public ProgrammeStatusDto Programme { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> PackageOptions { get; private set; } = [];

    public static IEnumerable<SelectListItem> PhaseOptions =>
        [new SelectListItem("Choose a phase", string.Empty), .. Enum.GetValues<SchoolPhase>().Select(p => new SelectListItem(PhaseNames.Display(p), p.ToString()))];

    /// <summary>No type is chosen for the school: it decides whether the invoice carries VAT.</summary>
    public static IEnumerable<SelectListItem> TypeOptions =>
        [new SelectListItem("Choose the type of school", string.Empty), .. Enum.GetValues<SchoolType>().Select(t => new SelectListItem(SchoolTypeNames.Display(t), t.ToString()))];

    /// <summary>Only the payment methods that are on (ADR 0022): card only once the authority has saved its Stripe keys.</summary>
    public IReadOnlyList<SelectListItem> PaymentOptions { get; private set; } = [];

    public async Task OnGetAsync(Guid? package, CancellationToken cancellationToken)
    {
        Input.PackageId = package;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var signUp = await this.SendFormWithStatusAsync(mediator, Input.ToCommand(), "Input", "Input.Urn", cancellationToken);
        if (signUp is not null)
        {
            return Redirect("/sign-up/received");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ProgrammeName = (tenant.Tenant ?? throw new NotFoundException("There is no programme here.")).ProgrammeName;
        Programme = await mediator.Send(new GetProgrammeStatusQuery(), cancellationToken);
        var catalogue = await mediator.Send(new GetCatalogueQuery(), cancellationToken);
        var methods = await mediator.Send(new GetPaymentMethodsQuery(), cancellationToken);
        PaymentOptions = [new SelectListItem("Choose how to pay", string.Empty), .. methods.Methods.Select(m => new SelectListItem(PaymentMethodNames.Choice(m), m.ToString()))];
        PackageOptions = [new SelectListItem("Choose a package", string.Empty), .. catalogue.Packages.Select(p => new SelectListItem(p.Name, p.Id.ToString()))];
    }

    public sealed class SignUpInput
    {
        public string? SchoolName { get; set; }

        public string? Urn { get; set; }

        public string? Phase { get; set; }

        public string? SchoolType { get; set; }

        public string? AddressLine1 { get; set; }

        public string? Town { get; set; }

        public string? Postcode { get; set; }

        public string? CoordinatorName { get; set; }

        public string? CoordinatorEmail { get; set; }

        public Guid? PackageId { get; set; }

        public PaymentMethod? PaymentMethod { get; set; }

        public string? PurchaseOrderNumber { get; set; }

        public SubmitSignUpCommand ToCommand() => new(
            SchoolName ?? string.Empty, Urn?.Trim() ?? string.Empty, string.IsNullOrEmpty(Phase) ? null : Phase, AddressLine1 ?? string.Empty,
            Town ?? string.Empty, Postcode ?? string.Empty, CoordinatorName ?? string.Empty, CoordinatorEmail ?? string.Empty,
            PackageId, PaymentMethod, PurchaseOrderNumber, SchoolType ?? string.Empty);
    }
}
