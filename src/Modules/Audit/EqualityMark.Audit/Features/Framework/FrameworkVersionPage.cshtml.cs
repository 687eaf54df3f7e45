using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Audit.Features.Framework;

/// <summary>One framework version: read it; if it is the draft, edit its items, import, and publish it.</summary>
[Authorize(Policy = Policies.AuthorityStaff)]
public sealed class FrameworkVersionPageModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public FrameworkVersionDto Version { get; private set; } = default!;

    [BindProperty]
    public ItemInput Item { get; set; } = new();

    [BindProperty]
    public ImportInput Import { get; set; } = new();

    public bool CanEdit => user.IsAuthorityAdmin && Version.Status == "Draft";

    public IEnumerable<SelectListItem> ElementOptions => [new("Choose an element", string.Empty), .. Version.Content.Elements.Select(e => new SelectListItem(e.Name, e.Key))];

    public IEnumerable<SelectListItem> StrandOptions => [new("All strands", string.Empty), .. Version.Content.Strands.Select(s => new SelectListItem(s.Name, s.Key))];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Version = await mediator.Send(new GetFrameworkVersionQuery(id), cancellationToken);

    public Task<IActionResult> OnPostItemAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync(id, new SaveDraftItemCommand(id, Item.Key, Item.ElementKey ?? string.Empty, Item.StrandKey, Item.Statement ?? string.Empty, Item.Guidance ?? string.Empty, Item.Evidence ?? string.Empty), "Item", cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, string key, CancellationToken cancellationToken) =>
        SendAsync(id, new RemoveDraftItemCommand(id, key), string.Empty, cancellationToken);

    public Task<IActionResult> OnPostImportAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync(id, new ImportDraftCommand(id, Import.Format ?? "json", Import.Text ?? string.Empty), "Import", cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync(id, new PublishDraftCommand(id), string.Empty, cancellationToken);

    private async Task<IActionResult> SendAsync<T>(Guid id, IRequest<T> command, string prefix, CancellationToken cancellationToken)
    {
        if (await this.SendFormAsync(mediator, command, prefix, string.Empty, cancellationToken))
        {
            return RedirectToPage();
        }

        await OnGetAsync(id, cancellationToken);
        return Page();
    }

    public sealed class ItemInput
    {
        public string? Key { get; set; }

        public string? ElementKey { get; set; }

        public string? StrandKey { get; set; }

        public string? Statement { get; set; }

        public string? Guidance { get; set; }

        public string? Evidence { get; set; }
    }

    public sealed class ImportInput
    {
        public string? Format { get; set; } = "json";

        public string? Text { get; set; }
    }
}
