using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Schools.Notes;

[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class SchoolNotesModel(IMediator mediator) : PageModel
{
    public SchoolDto School { get; private set; } = default!;

    internal SchoolNotesPage Notes { get; private set; } = default!;

    [BindProperty]
    public NoteInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Banner => Done == "added" ? "Note added" : null;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await this.SendFormAsync(mediator, new AddSchoolNoteCommand(id, Input.Text), "Input", "Input.Text", cancellationToken))
        {
            return Redirect($"/schools/{id}/notes?done=added");
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        School = await mediator.Send(new GetSchoolQuery(id), cancellationToken);
        Notes = await mediator.Send(new ListSchoolNotesQuery(id, PageNumber), cancellationToken);
    }

    public sealed class NoteInput
    {
        public string? Text { get; set; }
    }
}
