using EqualityMark.Events.Features.Meetings;
using EqualityMark.Shared.Paging;

namespace EqualityMark.Events.Features.Dashboard;

public sealed record EventsDashboardDto(int AcademicYear, IReadOnlyList<MeetingDto> UpcomingMeetings, IReadOnlyList<AdvisorVisitsDto> Advisors, int Unassigned, PagedList<string> SchoolsWithoutAnnualVisit);

public sealed record AdvisorVisitsDto(string AdvisorName, int Confirmed, int Done);
