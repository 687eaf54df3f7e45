using EqualityMark.ActionPlanning.Contracts;

namespace EqualityMark.ActionPlanning.Features.Statement;

internal static class StatusLabels
{
    public static string For(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        ActionStatus.Dropped => "Dropped",
        _ => "Unknown",
    };
}
