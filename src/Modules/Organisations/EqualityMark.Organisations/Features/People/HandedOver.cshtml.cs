using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Organisations.Features.People;

/// <summary>The confirmation after a hand-over; open to all because someone who left has just been signed out.</summary>
[AllowAnonymous]
public sealed class HandedOverModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Stayed { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Invited { get; set; }
}
