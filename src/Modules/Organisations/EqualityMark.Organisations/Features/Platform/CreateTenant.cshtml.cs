using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Organisations.Features.Platform;

[Authorize(Policy = Policies.PlatformOperator)]
public sealed class CreateTenantModel(IMediator mediator) : PageModel
{
    public const string BuiltIn = "template";
    public const string Copy = "copy";

    [BindProperty]
    public TenantInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Authorities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Guid? copyFrom = null;
        if (Input.Start == Copy)
        {
            if (Input.CopyFrom is null)
            {
                ModelState.AddModelError("Input.CopyFrom", "Choose the authority whose programme settings to copy");
                await LoadAsync(cancellationToken);
                return Page();
            }

            copyFrom = Input.CopyFrom;
        }

        var command = new CreateTenantCommand(
            Input.Code?.Trim().ToLowerInvariant() ?? string.Empty, Input.Name ?? string.Empty, Input.ProgrammeName ?? string.Empty,
            Input.ContactEmail ?? string.Empty, Input.AdministratorName ?? string.Empty, Input.AdministratorEmail ?? string.Empty, copyFrom);
        var tenant = await this.TrySendAsync(mediator, command, "Input.Code", cancellationToken);
        if (tenant is null)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect($"/platform?done=created&name={Uri.EscapeDataString(tenant.Name)}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Authorities = (await mediator.Send(new ListTenantsQuery(), cancellationToken))
            .Select(t => new SelectListItem(t.Name, t.Id.ToString(), t.Id == Input.CopyFrom)).ToList();

    public sealed class TenantInput
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public string? ProgrammeName { get; set; }

        public string? ContactEmail { get; set; }

        public string? AdministratorName { get; set; }

        public string? AdministratorEmail { get; set; }

        public string Start { get; set; } = BuiltIn;

        public Guid? CopyFrom { get; set; }
    }
}
