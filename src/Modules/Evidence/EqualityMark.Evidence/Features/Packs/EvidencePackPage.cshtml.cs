using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Evidence.Features.Packs;

/// <summary>Where a co-ordinator (or the authority's team, for a school) makes an evidence pack and finds the latest ones.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class EvidencePackPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? SchoolId { get; set; }

    public string SchoolName { get; private set; } = string.Empty;

    public IReadOnlyList<EvidencePackDto> Packs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Resolve() is not { } schoolId)
        {
            return Redirect("/schools");
        }

        await LoadAsync(schoolId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Resolve() is not { } schoolId)
        {
            return Redirect("/schools");
        }

        var pack = await this.TrySendAsync(mediator, new RequestEvidencePackCommand(schoolId), "make-pack", cancellationToken);
        if (pack is not null)
        {
            return Redirect($"/evidence-pack/{pack.Id}");
        }

        await LoadAsync(schoolId, cancellationToken);
        return Page();
    }

    private Guid? Resolve() => user.IsAuthorityStaff ? SchoolId : user.SchoolId;

    private async Task LoadAsync(Guid schoolId, CancellationToken cancellationToken)
    {
        SchoolName = (await mediator.Send(new GetSchoolQuery(schoolId), cancellationToken)).Name;
        Packs = await mediator.Send(new ListEvidencePacksQuery(schoolId), cancellationToken);
    }
}
