using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Register;

/// <summary>The public register of the authority's accredited schools, for parents, governors and inspectors.</summary>
[AllowAnonymous]
public sealed class RegisterPageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Badge { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public RegisterDto Register { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Register = await mediator.Send(new GetRegisterQuery(Phase, Badge, PageNumber), cancellationToken);

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
