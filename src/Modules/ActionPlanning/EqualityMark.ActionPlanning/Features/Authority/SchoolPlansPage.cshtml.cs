using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.ActionPlanning.Features.Authority;

[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class SchoolPlansPageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    internal SchoolPlansDto Plans { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Plans = await mediator.Send(new GetSchoolPlansQuery(PageNumber), cancellationToken);
}
