using EqualityMark.ActionPlanning.Contracts;

namespace EqualityMark.Accreditation.Features.Shared;

/// <summary>The plan's statuses in the words the action plan pages use.</summary>
internal static class PlanWords
{
    public static string Status(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        ActionStatus.Dropped => "Dropped",
        _ => status.ToString(),
    };

    public static string FileSize(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : $"{bytes / (1024.0 * 1024):0.0} MB";
}
