using EqualityMark.Events.Features.Meetings;

namespace EqualityMark.Events.Features.Dashboard;

public sealed record EventsDashboardDto(int AcademicYear, IReadOnlyList<MeetingDto> UpcomingMeetings, IReadOnlyList<AdvisorVisitsDto> Advisors, int Unassigned, IReadOnlyList<string> SchoolsWithoutAnnualVisit);

public sealed record AdvisorVisitsDto(string AdvisorName, int Confirmed, int Done);
