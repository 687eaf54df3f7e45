using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.Setup;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class IdentityModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public IdentityInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Logo { get; set; }

    public bool HasLogo { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var status = await mediator.Send(new GetProgrammeStatusQuery(), cancellationToken);
        Input = new IdentityInput
        {
            ProgrammeName = status.ProgrammeName, Description = status.Description, ContactEmail = status.ContactEmail,
            ContactPhone = status.ContactPhone, BrandColour = status.BrandColour ?? "#1d70b8",
        };
        HasLogo = status.HasLogo;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var logo = Logo is { Length: > 0 } file
            ? file.Length > SaveIdentityValidator.LargestLogo ? new byte[SaveIdentityValidator.LargestLogo + 1] : await UploadedFile.ReadAsync(file, cancellationToken)
            : null;
        var command = new SaveIdentityCommand(Input.ProgrammeName ?? string.Empty, Input.Description ?? string.Empty, Input.ContactEmail ?? string.Empty,
            Input.ContactPhone ?? string.Empty, Input.BrandColour?.Trim() ?? string.Empty, logo, Logo?.ContentType);
        var fields = new Dictionary<string, string> { ["Logo"] = "Logo" };
        if (await this.SendFormAsync(mediator, command, "Input", "Input.ProgrammeName", cancellationToken, fieldMap: fields))
        {
            return Redirect("/setup?done=identity");
        }

        HasLogo = (await mediator.Send(new GetProgrammeStatusQuery(), cancellationToken)).HasLogo;
        return Page();
    }

    public sealed class IdentityInput
    {
        public string? ProgrammeName { get; set; }

        public string? Description { get; set; }

        public string? ContactEmail { get; set; }

        public string? ContactPhone { get; set; }

        public string? BrandColour { get; set; }
    }
}
