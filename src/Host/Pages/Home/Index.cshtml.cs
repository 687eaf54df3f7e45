using EqualityMark.Shared.Security;
using EqualityMark.Shared.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Host.Pages.Home;

/// <summary>
/// The start page: the programme's welcome when signed out; when signed in, what needs the person's attention now,
/// gathered from every module, above the links to their work.
/// </summary>
public sealed class IndexModel(ITenantContext tenant, ICurrentUser currentUser, HomeItemsReader reader) : PageModel
{
    public TenantInfo Tenant { get; private set; } = default!;

    public ICurrentUser CurrentUser => currentUser;

    public HomeItems Items { get; private set; } = new([]);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (tenant.Tenant is null)
        {
            return Redirect("/platform");
        }

        Tenant = tenant.Tenant;
        if (currentUser.UserId is not null)
        {
            Items = await reader.ReadAsync(cancellationToken);
        }

        return Page();
    }
}
