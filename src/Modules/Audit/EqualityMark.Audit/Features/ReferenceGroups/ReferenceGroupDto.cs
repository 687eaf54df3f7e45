using EqualityMark.Audit.Contracts;

namespace EqualityMark.Audit.Features.ReferenceGroups;

public sealed record ReferenceGroupDto(Guid SchoolId, string MeetingFrequency, IReadOnlyList<ReferenceGroupMemberDto> Members, IReadOnlyList<ReferenceGroupMeetingDto> Meetings)
{
    /// <summary>The programme's rule: the group must include a member of the senior leadership team.</summary>
    public bool HasSeniorLeader => Members.Any(m => m.Category == MemberCategory.SeniorLeadership);
}

public sealed record ReferenceGroupMemberDto(Guid Id, string FullName, MemberCategory Category, Guid? UserId);

public sealed record ReferenceGroupMeetingDto(Guid Id, DateOnly HeldOn, string Attendees, string Notes);
