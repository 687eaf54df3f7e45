using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Setup;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class EmailSenderModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public EmailSenderInput Input { get; set; } = new();

    public string DefaultName { get; private set; } = string.Empty;

    public string DefaultReplyTo { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadDefaultsAsync(cancellationToken);
        var sender = await mediator.Send(new GetEmailSenderQuery(), cancellationToken);
        if (sender.Chosen)
        {
            Input = new EmailSenderInput { SenderName = sender.Name, ReplyTo = sender.ReplyTo };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await this.SendFormAsync(mediator, new SaveEmailSenderCommand(Input.SenderName, Input.ReplyTo), "Input", "Input.SenderName", cancellationToken))
        {
            return Redirect("/setup?done=email");
        }

        await LoadDefaultsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadDefaultsAsync(CancellationToken cancellationToken)
    {
        var status = await mediator.Send(new GetProgrammeStatusQuery(), cancellationToken);
        DefaultName = status.ProgrammeName;
        DefaultReplyTo = status.ContactEmail;
    }

    public sealed class EmailSenderInput
    {
        public string? SenderName { get; set; }

        public string? ReplyTo { get; set; }
    }
}
