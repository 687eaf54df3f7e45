using EqualityMark.Events.Domain;

namespace EqualityMark.Events.Features.Visits;

internal static class VisitMapping
{
    public static VisitDto ToDto(Visit v) => new(
        v.Id, v.SchoolId, v.SchoolName, v.Kind, v.Status, v.Focus,
        v.BadgesToVerify.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        v.ProposedDates, v.AdvisorId, v.AdvisorName, v.StartsAt, v.EndsAt, v.RequestedAt);
}
