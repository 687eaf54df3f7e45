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

    public IActionResult OnGet(string code) => Show(code);

    public IActionResult OnPost(string code) => Show(code);

    /// <summary>"exception" is where the exception handler re-executes, with the status already chosen.</summary>
    private PageResult Show(string code)
    {
        var status = code == "exception" ? Response.StatusCode : int.TryParse(code, out var parsed) ? parsed : 404;
        Code = status is 403 or 404 or 400 or 409 or 429 ? status : 500;
        Response.StatusCode = Code;
        return Page();
    }
}
