using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.SchoolAwards;

[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class SchoolAwardsPageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid SchoolId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Notice => AuthorityNotices.Message(Done);

    internal SchoolAwardsDto School { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        School = await mediator.Send(new GetSchoolAwardsQuery(SchoolId), cancellationToken);
}
