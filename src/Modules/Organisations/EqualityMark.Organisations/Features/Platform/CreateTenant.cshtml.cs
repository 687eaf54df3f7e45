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
    [BindProperty]
    public TenantInput Input { get; set; } = new();

    public static IEnumerable<SelectListItem> StatusOptions =>
        Enum.GetValues<TenantStatus>().Select(s => new SelectListItem(s.ToString(), s.ToString()));

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new CreateTenantCommand(
            Input.Code?.Trim().ToLowerInvariant() ?? string.Empty, Input.Name ?? string.Empty, Input.ProgrammeName ?? string.Empty,
            Input.ContactEmail ?? string.Empty, Input.Status);
        var tenant = await this.TrySendAsync(mediator, command, "Input.Code", cancellationToken);
        return tenant is null ? Page() : LocalRedirect("/platform");
    }

    public sealed class TenantInput
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public string? ProgrammeName { get; set; }

        public string? ContactEmail { get; set; }

        public TenantStatus Status { get; set; } = TenantStatus.Active;
    }
}
