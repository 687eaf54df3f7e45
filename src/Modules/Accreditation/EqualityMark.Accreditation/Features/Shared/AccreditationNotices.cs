namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>
/// What the success banner says after an action: pages redirect with ?done=code (POST-redirect-GET) and show the
/// matching sentence, so a refresh never repeats the action.
/// </summary>
internal static class AccreditationNotices
{
    private static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal)
    {
        ["started"] = "Summary started. It is saved as you go: come back to it at any time",
        ["saved"] = "Summary saved",
        ["document-added"] = "Document uploaded",
        ["document-removed"] = "Document removed",
        ["sent"] = "Summary sent to the equality team. You will be emailed when they have checked it",
        ["responded"] = "Your response has been added. The team can read it",
        ["returned"] = "Summary returned to the school. Its co-ordinator has been emailed your comments",
        ["accepted"] = "Summary accepted for verification at the visit. The school has been told",
        ["not-yet"] = "Outcome recorded: not awarded yet. The school has been emailed your reasons and next steps",
        ["awarded"] = "Badge awarded. The school has been emailed and its certificate is ready",
        ["mark-awarded"] = "Badge awarded, and with it the Mark. The school and the authority have been emailed",
    };

    public static string? Message(string? code) => code is not null && Messages.TryGetValue(code, out var message) ? message : null;
}
