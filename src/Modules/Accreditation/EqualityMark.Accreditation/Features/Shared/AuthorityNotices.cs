namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>
/// What the success banner says after the authority's accreditation actions: pages redirect with ?done=code
/// (POST-redirect-GET) and show the matching sentence, so a refresh never repeats the action.
/// </summary>
internal static class AuthorityNotices
{
    private static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal)
    {
        ["rules-saved"] = "Award rules saved",
        ["award-revoked"] = "Award revoked. The school's co-ordinators have been told by email",
    };

    public static string? Message(string? code) => code is not null && Messages.TryGetValue(code, out var message) ? message : null;
}
