using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.Invoices;

[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class AdminInvoicesModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    public IReadOnlyList<InvoiceDto> Invoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Invoices = await mediator.Send(new ListInvoicesQuery(OverdueOnly: Overdue), cancellationToken);
}
