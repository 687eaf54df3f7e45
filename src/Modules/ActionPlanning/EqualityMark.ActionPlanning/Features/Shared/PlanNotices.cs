namespace EqualityMark.ActionPlanning.Features.Shared;

/// <summary>
/// What the success banner says after an action: pages redirect with ?done=code (POST-redirect-GET) and show
/// the matching sentence, so a refresh never repeats the action.
/// </summary>
internal static class PlanNotices
{
    private static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal)
    {
        ["objective-added"] = "Objective added to the plan",
        ["objective-saved"] = "Objective saved",
        ["objective-removed"] = "Objective removed from the plan",
        ["action-added"] = "Action added. Its owner has been told by email",
        ["action-saved"] = "Action saved",
        ["action-removed"] = "Action removed from the plan",
        ["progress-recorded"] = "Progress recorded",
        ["impact-recorded"] = "Impact recorded",
        ["evidence-added"] = "Evidence file uploaded",
        ["evidence-removed"] = "Evidence file removed",
        ["comment-added"] = "Comment added. The school's co-ordinator has been told by email",
        ["focus-saved"] = "Focus saved",
        ["carried-forward"] = "Unfinished actions carried forward into this year",
        ["settings-saved"] = "Action plan settings saved",
    };

    public static string? Message(string? code) => code is not null && Messages.TryGetValue(code, out var message) ? message : null;
}
