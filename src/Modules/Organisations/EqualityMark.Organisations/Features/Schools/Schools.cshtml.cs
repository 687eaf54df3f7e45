using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Paging;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Schools;

[Authorize(Policy = Policies.SignedIn)]
public sealed class SchoolsModel(IMediator mediator, ICurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SchoolPhase? Phase { get; set; }

    /// <summary>The name of the school just deleted, for the success banner.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Deleted { get; set; }

    public string? Banner => string.IsNullOrWhiteSpace(Deleted) ? null : $"{Deleted} has been deleted";

    public PagedList<SchoolDto> Schools { get; private set; } = new([], 0, 1, ListSchoolsPageQuery.DefaultPageSize);

    public bool CanAdd => currentUser.IsAuthorityAdmin;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (currentUser.IsSchoolUser && currentUser.SchoolId is { } own)
        {
            return Redirect($"/schools/{own}");
        }

        Schools = await mediator.Send(new ListSchoolsPageQuery(Phase, Request.PageNumber()), cancellationToken);
        return Page();
    }
}
