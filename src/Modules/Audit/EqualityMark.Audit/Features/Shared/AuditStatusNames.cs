using EqualityMark.Audit.Contracts;

namespace EqualityMark.Audit.Features.Shared;

public static class AuditStatusNames
{
    public static string Display(AuditStatus status) => status switch
    {
        AuditStatus.NotStarted => "Not started",
        AuditStatus.InProgress => "In progress",
        AuditStatus.Submitted => "Submitted",
        AuditStatus.Returned => "Returned for changes",
        _ => status.ToString(),
    };
}
