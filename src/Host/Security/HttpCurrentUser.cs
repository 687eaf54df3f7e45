using System.Security.Claims;
using EqualityMark.Shared.Security;

namespace EqualityMark.Host.Security;

/// <summary>The signed-in person of a web request, read from the sign-in cookie's claims.</summary>
internal sealed class HttpCurrentUser(ClaimsPrincipal principal) : ICurrentUser
{
    public Guid? UserId => principal.Identity?.IsAuthenticated == true && Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public bool IsSystem => false;

    public string? Role => principal.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.Role) : null;

    public Guid? SchoolId => Guid.TryParse(principal.FindFirstValue(ClaimNames.SchoolId), out var id) ? id : null;

    public string? FullName => principal.FindFirstValue(ClaimNames.FullName);

    public string? Email => principal.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.Email) ?? principal.FindFirstValue(ClaimTypes.Name) : null;
}
