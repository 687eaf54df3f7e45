using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using EqualityMark.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Organisations.Features.Schools;

[Authorize(Policy = Policies.AuthorityAdmin)]
public sealed class AddSchoolModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public AddSchoolInput Input { get; set; } = new();

    public static IEnumerable<SelectListItem> PhaseOptions =>
        [new SelectListItem("Choose a phase", string.Empty), .. Enum.GetValues<SchoolPhase>().Select(p => new SelectListItem(PhaseNames.Display(p), p.ToString()))];

    public static IEnumerable<SelectListItem> TypeOptions =>
        [new SelectListItem("Choose the type of school", string.Empty), .. Enum.GetValues<SchoolType>().Select(t => new SelectListItem(SchoolTypeNames.Display(t), t.ToString()))];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var school = await this.TrySendAsync(mediator, Input.ToCommand(), "Input.Urn", cancellationToken);
        return school is null ? Page() : Redirect($"/schools/{school.Id}");
    }

    public sealed class AddSchoolInput
    {
        public string? Name { get; set; }

        public string? Urn { get; set; }

        public SchoolPhase? Phase { get; set; }

        /// <summary>Maintained by the authority unless the administrator says otherwise.</summary>
        /// <summary>Chosen, never assumed: it decides the VAT on the school's invoices.</summary>
        public SchoolType? Type { get; set; }

        public string? AddressLine1 { get; set; }

        public string? Town { get; set; }

        public string? Postcode { get; set; }

        public AddSchoolCommand ToCommand() =>
            new(Name ?? string.Empty, Urn?.Trim() ?? string.Empty, Phase, AddressLine1 ?? string.Empty, Town ?? string.Empty, Postcode ?? string.Empty, Type);
    }
}
