using EqualityMark.Accreditation.Features.Shared;
using EqualityMark.Shared.Errors;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Accreditation.Features.Summaries;

/// <summary>
/// One badge's accreditation summary: the co-ordinator writes it (saved as they go), attaches documents and goes on
/// to check and send; everyone who may see the school reads the pre-filled plan and grid and the whole history.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SummaryPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public SummaryInput Input { get; set; } = new();

    [BindProperty(Name = "File")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Reply { get; set; }

    public string? Notice => AccreditationNotices.Message(Done);

    public string BackLink => user.IsAuthorityStaff ? $"/accreditation/review/{Id}" : "/accreditation";

    public SummaryDetailsDto Summary { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Summary = await mediator.Send(new GetSummaryQuery(Id), cancellationToken);
        Input = SummaryInput.From(Summary);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync($"/accreditation/summaries/{Id}?done=saved", cancellationToken);

    public Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken) => SaveAsync($"/accreditation/summaries/{Id}/check", cancellationToken);

    public async Task<IActionResult> OnPostDocumentAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            var upload = Upload ?? throw RequestValidationException.For("File", "Select a file");
            var content = await UploadedFile.ReadAsync(upload, cancellationToken);
            if (await this.SendFormAsync(mediator, new AddSummaryDocumentCommand(Id, upload.FileName, content), string.Empty, "File", cancellationToken))
            {
                return Redirect($"/accreditation/summaries/{Id}?done=document-added#documents");
            }
        }
        catch (RequestValidationException exception)
        {
            ModelState.AddValidationErrors(exception, string.Empty);
        }

        return await ShowAsync(keepInput: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostRespondAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (await this.SendFormAsync(mediator, new RespondToSummaryCommand(Id, Reply ?? string.Empty), string.Empty, "Reply", cancellationToken,
            fieldMap: new Dictionary<string, string> { ["Text"] = "Reply" }))
        {
            return Redirect($"/accreditation/summaries/{Id}?done=responded#history");
        }

        return await ShowAsync(keepInput: false, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(string next, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var command = new SaveSummaryCommand(Id, Input.Version, Input.ActionsTaken ?? string.Empty, Input.OutcomesAchieved ?? string.Empty, Input.PupilVoice ?? string.Empty);
        if (await this.SendFormAsync(mediator, command, "Input", "Conflict", cancellationToken))
        {
            return Redirect(next);
        }

        return await ShowAsync(keepInput: true, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(bool keepInput, CancellationToken cancellationToken)
    {
        Summary = await mediator.Send(new GetSummaryQuery(Id), cancellationToken);
        if (!keepInput)
        {
            Input = SummaryInput.From(Summary);
        }
        else if (ModelState.ContainsKey("Conflict"))
        {
            // Someone saved since this page was opened: keep these words on screen, but against the version now stored.
            Input.Version = Summary.RowVersion;
        }

        return Page();
    }
}
