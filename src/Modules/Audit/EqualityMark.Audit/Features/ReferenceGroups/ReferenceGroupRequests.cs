using EqualityMark.Audit.Contracts;
using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Audit.Features.ReferenceGroups;

internal sealed record GetReferenceGroupQuery(Guid SchoolId) : IQuery<ReferenceGroupDto>;

internal sealed record AddMemberCommand(Guid SchoolId, string FullName, MemberCategory? Category, Guid? UserId) : ICommand<Guid>;

internal sealed record RemoveMemberCommand(Guid SchoolId, Guid MemberId) : ICommand<Unit>;

internal sealed record SetMeetingFrequencyCommand(Guid SchoolId, string MeetingFrequency) : ICommand<Unit>;

internal sealed record LogMeetingCommand(Guid SchoolId, DateOnly? HeldOn, string Attendees, string Notes) : ICommand<Guid>;
