using EqualityMark.Events.Features.Shared;
using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Events.Features.Visits;

/// <summary>The advisors offered for a visit: active advisors who have said when they can visit, each with their next days.</summary>
internal static class AdvisorChoices
{
    public static IEnumerable<SelectListItem> Available(IEnumerable<PersonDto> staff, IReadOnlyList<AvailabilityDto> availability) =>
        staff.Where(p => p.Role == Roles.Advisor && p.Status == "Active")
            .Select(p => (Person: p, Days: availability.Where(a => a.AdvisorId == p.Id).Take(3).Select(a => $"{Times.Day(a.StartsAt)} {Times.Clock(a.StartsAt)}–{Times.Clock(a.EndsAt)}").ToList()))
            .Where(c => c.Days.Count > 0)
            .Select(c => new SelectListItem($"{c.Person.FullName} (available {string.Join(", ", c.Days)})", c.Person.Id.ToString()));
}
