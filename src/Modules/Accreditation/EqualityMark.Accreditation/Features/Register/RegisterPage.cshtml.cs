using System.Globalization;
using EqualityMark.Shared.PublicPages;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace EqualityMark.Accreditation.Features.Register;

/// <summary>The public register of the authority's accredited schools, for parents, governors and inspectors.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class RegisterPageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Badge { get; set; }

    public RegisterDto Register { get; private set; } = default!;

    /// <summary>Read from the query string: "page" is also Razor Pages' own route value (the page's path).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
        Register = await mediator.Send(new GetRegisterQuery(Phase, Badge, page), cancellationToken);
    }

    /// <summary>The address of another page of the register with the same filters.</summary>
    public string PageLink(int page)
    {
        var query = new List<string>();
        if (Register.Phase is { } phase)
        {
            query.Add($"phase={Uri.EscapeDataString(phase)}");
        }

        if (Register.Badge is { } badge)
        {
            query.Add($"badge={Uri.EscapeDataString(badge)}");
        }

        query.Add($"page={page.ToString(CultureInfo.InvariantCulture)}");
        return "/register?" + string.Join('&', query);
    }
}
