using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Host.Pages.Home;

/// <summary>The start page: the programme's welcome when signed out, a start page for each role when signed in.</summary>
public sealed class IndexModel(ITenantContext tenant, ICurrentUser currentUser) : PageModel
{
    public TenantInfo Tenant { get; private set; } = default!;

    public ICurrentUser CurrentUser => currentUser;

    public IActionResult OnGet()
    {
        if (tenant.Tenant is null)
        {
            return Redirect("/platform");
        }

        Tenant = tenant.Tenant;
        return Page();
    }
}
