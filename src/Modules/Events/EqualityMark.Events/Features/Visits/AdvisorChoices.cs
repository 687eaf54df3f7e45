using EqualityMark.Organisations.Contracts;
using EqualityMark.Shared.Security;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EqualityMark.Events.Features.Visits;

/// <summary>The advisors offered for a visit: active advisors who have said when they can visit (their times are listed above the form).</summary>
internal static class AdvisorChoices
{
    public static IEnumerable<SelectListItem> Available(IEnumerable<PersonDto> staff, IReadOnlyList<AvailabilityDto> availability) =>
        staff.Where(p => p.Role == Roles.Advisor && p.Status == "Active" && availability.Any(a => a.AdvisorId == p.Id))
            .Select(p => new SelectListItem(p.FullName, p.Id.ToString()));
}
