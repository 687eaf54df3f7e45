using EqualityMark.Evidence.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Summaries;

/// <summary>Asks before a supporting document is removed from a summary.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class RemoveDocumentPageModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid FileId { get; set; }

    public EvidenceFileDto Document { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Document = await mediator.Send(new GetEvidenceFileInfoQuery(FileId), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await this.SendFormAsync(mediator, new RemoveSummaryDocumentCommand(Id, FileId), string.Empty, "Conflict", cancellationToken))
        {
            return Redirect($"/accreditation/summaries/{Id}?done=document-removed#documents");
        }

        Document = await mediator.Send(new GetEvidenceFileInfoQuery(FileId), cancellationToken);
        return Page();
    }
}
