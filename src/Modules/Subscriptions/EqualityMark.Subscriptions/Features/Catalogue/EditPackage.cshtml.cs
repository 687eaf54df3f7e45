using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Catalogue;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class EditPackageModel(IMediator mediator) : PageModel
{
    public PackageDto Package { get; private set; } = default!;

    [BindProperty]
    public PackageDetailsInput Input { get; set; } = new();

    [BindProperty]
    public List<PriceInput> Prices { get; set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Package = await mediator.Send(new GetPackageQuery(id), cancellationToken);
        Input = new PackageDetailsInput { Name = Package.Name, Description = Package.Description, DisplayOrder = Package.DisplayOrder, IsRetired = Package.IsRetired };
        Prices = PricesOf(Package);
    }

    public async Task<IActionResult> OnPostDetailsAsync(Guid id, CancellationToken cancellationToken)
    {
        var command = new UpdatePackageCommand(id, Input.Name ?? string.Empty, Input.Description ?? string.Empty, Input.DisplayOrder ?? -1, Input.IsRetired);
        var saved = ModelState.IsValid ? await this.TrySendAsync(mediator, command, "Input.Name", cancellationToken) : null;
        if (saved is not null)
        {
            return Redirect("/admin/packages");
        }

        Package = await mediator.Send(new GetPackageQuery(id), cancellationToken);
        Prices = PricesOf(Package);
        return Page();
    }

    public async Task<IActionResult> OnPostPricesAsync(Guid id, CancellationToken cancellationToken)
    {
        Package = await mediator.Send(new GetPackageQuery(id), cancellationToken);
        foreach (var price in Prices)
        {
            price.PhaseBandName = Package.Prices.FirstOrDefault(p => p.PhaseBandId == price.PhaseBandId)?.PhaseBandName ?? string.Empty;
        }

        var inputs = new List<PackagePriceInput>();
        for (var i = 0; i < Prices.Count; i++)
        {
            if (Money.TryParsePounds(Prices[i].Pounds, out var pence))
            {
                inputs.Add(new PackagePriceInput(Prices[i].PhaseBandId, pence));
            }
            else
            {
                ModelState.AddModelError($"Prices[{i}].Pounds", "Enter a price in pounds, like 440 or 1155.50");
            }
        }

        if (ModelState.ErrorCount == 0)
        {
            try
            {
                await mediator.Send(new SetPackagePricesCommand(id, inputs), cancellationToken);
                return Redirect("/admin/packages");
            }
            catch (RequestValidationException exception)
            {
                foreach (var (i, message) in exception.Errors.SelectMany(e => e.Value.Select(m => (Index: IndexOf(e.Key), m))))
                {
                    ModelState.AddModelError($"Prices[{i}].Pounds", message);
                }
            }
        }

        Input = new PackageDetailsInput { Name = Package.Name, Description = Package.Description, DisplayOrder = Package.DisplayOrder, IsRetired = Package.IsRetired };
        return Page();
    }

    private static int IndexOf(string field)
    {
        var open = field.IndexOf('[', StringComparison.Ordinal);
        var close = field.IndexOf(']', StringComparison.Ordinal);
        return open >= 0 && close > open && int.TryParse(field[(open + 1)..close], out var index) ? index : 0;
    }

    private static List<PriceInput> PricesOf(PackageDto package) =>
        package.Prices.Select(p => new PriceInput { PhaseBandId = p.PhaseBandId, PhaseBandName = p.PhaseBandName, Pounds = p.IsSet ? (p.AmountPence / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : null }).ToList();

    public sealed class PackageDetailsInput
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public int? DisplayOrder { get; set; }

        public bool IsRetired { get; set; }
    }

    public sealed class PriceInput
    {
        public Guid PhaseBandId { get; set; }

        public string PhaseBandName { get; set; } = string.Empty;

        public string? Pounds { get; set; }
    }
}
