using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EqualityMark.Host.Pages.Errors;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>The same id the error log line carries, so support can find it.</summary>
    public string TraceId => Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;

    // The code is read from the route, not bound: a re-executed POST whose form cannot be read (a NUL in a field)
    // would fail binding and show "page not found" for what is a 400.
    public IActionResult OnGet() => Show(RouteData.Values["code"] as string);

    public IActionResult OnPost() => Show(RouteData.Values["code"] as string);

    /// <summary>"exception" is where the exception handler re-executes, with the status already chosen.</summary>
    private PageResult Show(string? code)
    {
        var status = code == "exception" ? Response.StatusCode : int.TryParse(code, out var parsed) ? parsed : 404;
        Code = status is 403 or 404 or 400 or 409 or 429 or 503 ? status : 500;
        Response.StatusCode = Code;
        return Page();
    }
}
