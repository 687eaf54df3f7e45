using EqualityMark.Audit.Data;
using EqualityMark.Audit.Domain;
using EqualityMark.Audit.Features.Shared;
using EqualityMark.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EqualityMark.Audit.Features.ReferenceGroups;

/// <summary>Step 1 of the programme: the school's equality reference group, its members and its meetings.</summary>
internal sealed class ReferenceGroupHandler(AuditDbContext db, AuditAccess access, TimeProvider clock) :
    IRequestHandler<GetReferenceGroupQuery, ReferenceGroupDto>,
    IRequestHandler<AddMemberCommand, Guid>,
    IRequestHandler<RemoveMemberCommand, Unit>,
    IRequestHandler<SetMeetingFrequencyCommand, Unit>,
    IRequestHandler<LogMeetingCommand, Guid>
{
    public async Task<ReferenceGroupDto> Handle(GetReferenceGroupQuery request, CancellationToken cancellationToken)
    {
        access.EnsureCanSeeSchool(request.SchoolId);
        var group = await db.ReferenceGroups.AsNoTracking().SingleOrDefaultAsync(g => g.SchoolId == request.SchoolId, cancellationToken);
        var members = await db.ReferenceGroupMembers.AsNoTracking().Where(m => m.SchoolId == request.SchoolId)
            .OrderBy(m => m.Category).ThenBy(m => m.FullName)
            .Select(m => new ReferenceGroupMemberDto(m.Id, m.FullName, m.Category, m.UserId)).ToListAsync(cancellationToken);
        var meetings = await db.ReferenceGroupMeetings.AsNoTracking().Where(m => m.SchoolId == request.SchoolId)
            .OrderByDescending(m => m.HeldOn)
            .Select(m => new ReferenceGroupMeetingDto(m.Id, m.HeldOn, m.Attendees, m.Notes)).ToListAsync(cancellationToken);
        return new ReferenceGroupDto(request.SchoolId, group?.MeetingFrequency ?? string.Empty, members, meetings);
    }

    public async Task<Guid> Handle(AddMemberCommand request, CancellationToken cancellationToken)
    {
        access.EnsureCoordinatorOf(request.SchoolId);
        var member = new ReferenceGroupMember
        {
            SchoolId = request.SchoolId,
            FullName = request.FullName.Trim(),
            Category = request.Category!.Value,
            UserId = request.UserId,
            AddedAt = clock.GetUtcNow(),
        };
        db.ReferenceGroupMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return member.Id;
    }

    public async Task<Unit> Handle(RemoveMemberCommand request, CancellationToken cancellationToken)
    {
        access.EnsureCoordinatorOf(request.SchoolId);
        var removed = await db.ReferenceGroupMembers.Where(m => m.Id == request.MemberId && m.SchoolId == request.SchoolId).ExecuteDeleteAsync(cancellationToken);
        return removed == 1 ? Unit.Value : throw new NotFoundException("No such member in this reference group.");
    }

    public async Task<Unit> Handle(SetMeetingFrequencyCommand request, CancellationToken cancellationToken)
    {
        access.EnsureCoordinatorOf(request.SchoolId);
        var group = await db.ReferenceGroups.SingleOrDefaultAsync(g => g.SchoolId == request.SchoolId, cancellationToken);
        if (group is null)
        {
            group = new ReferenceGroup { SchoolId = request.SchoolId };
            db.ReferenceGroups.Add(group);
        }

        group.MeetingFrequency = request.MeetingFrequency.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async Task<Guid> Handle(LogMeetingCommand request, CancellationToken cancellationToken)
    {
        access.EnsureCoordinatorOf(request.SchoolId);
        var meeting = new ReferenceGroupMeeting
        {
            SchoolId = request.SchoolId,
            HeldOn = request.HeldOn!.Value,
            Attendees = request.Attendees.Trim(),
            Notes = request.Notes.Trim(),
        };
        db.ReferenceGroupMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return meeting.Id;
    }
}
