using EqualityMark.Shared.PublicPages;
using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace EqualityMark.ActionPlanning.Features.Statement;

/// <summary>A school's published equality information and objectives, for anyone (parents, Ofsted) without signing in.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.PolicyName)]
public sealed class PublicStatementPageModel(IMediator mediator, ITenantContext tenant) : PageModel
{
    public PublicStatementDto Statement { get; private set; } = default!;

    public string ProgrammeName { get; private set; } = string.Empty;

    public async Task OnGetAsync(string urn, CancellationToken cancellationToken)
    {
        Statement = await mediator.Send(new GetPublicStatementQuery(urn), cancellationToken);
        ProgrammeName = tenant.Tenant?.ProgrammeName ?? string.Empty;
    }
}
