using EqualityMark.Host.AuditLog;
using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Host.Pages.Platform;

/// <summary>What platform operators did outside any one authority: creating, suspending and reactivating authorities.</summary>
[Authorize(Policy = Policies.PlatformOperator)]
public sealed class PlatformAuditLogModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    internal AuditLogPage Log { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Log = await mediator.Send(new ListPlatformAuditLogQuery(PageNumber), cancellationToken);
}
