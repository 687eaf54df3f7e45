using EqualityMark.Audit.Contracts;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Audit.Features.Grid;

/// <summary>The Equality Summary Grid: element × strand, last year beside it, overrides with their reasons; the co-ordinator shares it with the reference group.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class GridPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public GridPageDto Grid { get; private set; } = default!;

    /// <summary>The school, named for the authority's staff (who look at many schools' grids); null for the school's own people.</summary>
    public string? SchoolName { get; private set; }

    [BindProperty]
    public OverrideInput Input { get; set; } = new();

    /// <summary>Set after sharing or unsharing, for the success banner.</summary>
    [BindProperty(SupportsGet = true)]
    public bool? Shared { get; set; }

    /// <summary>Which page of the grid's change history to show (?historyPage=…), newest first.</summary>
    [BindProperty(SupportsGet = true)]
    public int HistoryPage { get; set; } = 1;

    /// <summary>After POST-redirect-GET: what was just done (?done=…).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public string? Banner => Done == "override" ? "Override saved" : Shared switch
    {
        true => "The summary grid is shared with the reference group",
        false => "The summary grid is no longer shared with the reference group",
        null => null,
    };

    public IEnumerable<SelectListItem> CellOptions =>
        [new("Choose a cell", string.Empty),
         .. from e in Grid.Grid.Elements from s in Grid.Grid.Strands select new SelectListItem($"{e.Name} — {s.Name}", $"{e.Key}|{s.Key}")];

    public static IEnumerable<SelectListItem> RatingOptions =>
        [new("No override: use the items' rating", string.Empty), .. new[] { Rating.Red, Rating.Amber, Rating.Green }.Select(r => new SelectListItem(r.ToString(), r.ToString()))];

    private Dictionary<(string Element, string Strand), GridCellDto>? cellsByKey;

    /// <summary>The grid's cell for an element and strand, looked up by key (the view asks once for every cell).</summary>
    public GridCellDto Cell(string elementKey, string strandKey) =>
        (cellsByKey ??= Grid.Grid.Cells.ToDictionary(c => (c.ElementKey, c.StrandKey)))[(elementKey, strandKey)];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Grid = await mediator.Send(new GetGridQuery(id, HistoryPage), cancellationToken);
        cellsByKey = null;
        SchoolName = await AuditSchoolNames.ForStaffAsync(mediator, user, Grid.Audit.SchoolId, cancellationToken);
    }

    public async Task<IActionResult> OnPostOverrideAsync(Guid id, CancellationToken cancellationToken)
    {
        var parts = (Input.Cell ?? string.Empty).Split('|');
        if (parts.Length != 2)
        {
            ModelState.AddModelError("Input.Cell", "Choose a cell");
        }
        else if (await this.TrySendAsync(mediator, new OverrideCellCommand(id, parts[0], parts[1], Input.Rating, Input.Rationale), "Input.Cell", cancellationToken) is not null)
        {
            return RedirectToPage(new { id, done = "override" });
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostShareAsync(Guid id, CancellationToken cancellationToken) => SetSharingAsync(id, share: true, cancellationToken);

    public Task<IActionResult> OnPostUnshareAsync(Guid id, CancellationToken cancellationToken) => SetSharingAsync(id, share: false, cancellationToken);

    private async Task<IActionResult> SetSharingAsync(Guid id, bool share, CancellationToken cancellationToken)
    {
        if (await this.TrySendAsync(mediator, new SetGridSharingCommand(id, share), string.Empty, cancellationToken) is not null)
        {
            return RedirectToPage(new { id, shared = share });
        }

        Shared = null;
        await OnGetAsync(id, cancellationToken);
        return Page();
    }

    public sealed class OverrideInput
    {
        public string? Cell { get; set; }

        public Rating? Rating { get; set; }

        public string? Rationale { get; set; }
    }
}
