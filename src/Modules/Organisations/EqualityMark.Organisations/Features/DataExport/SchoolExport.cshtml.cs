using EqualityMark.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.DataExport;

/// <summary>The download behind "Download this school's data": administrators, or the school's own co-ordinator.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SchoolExportModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var export = await mediator.Send(new ExportDataQuery(id), cancellationToken);
        return File(export.Zip, "application/zip", export.FileName);
    }
}
