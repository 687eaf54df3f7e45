using EqualityMark.Shared.Tenancy;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.ActionPlanning.Features.Statement;

[AllowAnonymous]
public sealed class PublicStatementPdfModel(IMediator mediator, ITenantContext tenant) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string urn, CancellationToken cancellationToken)
    {
        var statement = await mediator.Send(new GetPublicStatementQuery(urn), cancellationToken);
        var pdf = StatementPdf.Write(statement, tenant.Tenant?.ProgrammeName ?? string.Empty);
        return File(pdf, "application/pdf", $"equality-statement-{statement.SchoolUrn}.pdf");
    }
}
