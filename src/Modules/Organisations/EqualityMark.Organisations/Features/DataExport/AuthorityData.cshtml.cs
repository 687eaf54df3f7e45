using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.DataExport;

/// <summary>What the authority's download holds, and the download itself.</summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class AuthorityDataModel(IMediator mediator) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var export = await mediator.Send(new ExportDataQuery(null), cancellationToken);
        return File(export.Zip, "application/zip", export.FileName);
    }
}
