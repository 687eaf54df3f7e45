using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Platform;

[Authorize(Policy = Policies.PlatformOperator)]
public sealed class TenantsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<TenantDto> Tenants { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    /// <summary>The success banner's text after an action (POST-redirect-GET carries what happened in the query).</summary>
    public string? Banner => Done switch
    {
        "created" => $"{Name} added. Its first administrator has been sent an invitation",
        "resent" => $"A new invitation has been sent to {Name}'s administrator",
        "suspended" => $"{Name} suspended. Its site is offline and nothing has been deleted",
        "reactivated" => $"{Name} reactivated",
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tenants = await mediator.Send(new ListTenantsQuery(), cancellationToken);

    public async Task<IActionResult> OnPostReactivateAsync(Guid id, CancellationToken cancellationToken)
    {
        var tenant = await mediator.Send(new SetTenantStatusCommand(id, TenantStatus.Active), cancellationToken);
        return RedirectToPage(new { done = "reactivated", name = tenant.Name });
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken)
    {
        var tenant = await mediator.Send(new ResendAdministratorInvitationCommand(id), cancellationToken);
        return RedirectToPage(new { done = "resent", name = tenant.Name });
    }

    public static string StateLabel(TenantState state) => state switch
    {
        TenantState.Invited => "Invited",
        TenantState.SettingUp => "Setting up",
        TenantState.Live => "Live",
        _ => "Suspended",
    };

    public static string StateTag(TenantState state) => state switch
    {
        TenantState.Invited => "govuk-tag--blue",
        TenantState.SettingUp => "govuk-tag--yellow",
        TenantState.Live => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };
}
