using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Subscriptions.Contracts;
using EqualityMark.Subscriptions.Features.PaymentMethods;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Subscriptions.Features.PhaseBands;

/// <summary>
/// Adds a band (/admin/phase-bands/new) or changes one (/admin/phase-bands/{id}). When someone else saved the band
/// first, their version is shown above the form, which keeps what was typed, ready to save over theirs.
/// </summary>
[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class PhaseBandModel(IMediator mediator) : PageModel
{
    public const string NewBand = "new";

    public PhaseBandDetailsDto? Band { get; private set; }

    public PhaseBandDetailsDto? Theirs { get; private set; }

    [BindProperty]
    public PhaseBandInput Input { get; set; } = new();

    public bool IsNew => Band is null;

    public static string PhaseName(string phase) => Enum.TryParse<SchoolPhase>(phase, out var value) ? PhaseNames.Display(value) : phase;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        Input = Band is null ? new() : new() { Name = Band.Name, Phases = [.. Band.Phases], Version = Band.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        ModelState.Clear();
        IRequest<PhaseBandDetailsDto> command = Band is null
            ? new AddPhaseBandCommand(Input.Name, Input.Phases)
            : new UpdatePhaseBandCommand(Band.Id, Input.Name, Input.Phases, Input.Version);
        if (await this.SendFormWithStatusAsync(mediator, command, "Input", "Input.Name", cancellationToken) is not null)
        {
            return Redirect($"/admin/phase-bands?done={(Band is null ? PhaseBandsModel.Added : PhaseBandsModel.Saved)}");
        }

        if (Band is not null && Band.Version != Input.Version)
        {
            Theirs = Band;
            Input.Version = Band.Version;
        }

        return Page();
    }

    private async Task<IActionResult?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (id == NewBand)
        {
            return null;
        }

        if (!Guid.TryParse(id, out var bandId))
        {
            return NotFound();
        }

        Band = await mediator.Send(new GetPhaseBandQuery(bandId), cancellationToken);
        return null;
    }
}
