using EqualityMark.Shared.Messaging;
using MediatR;

namespace EqualityMark.Accreditation.Features.Summaries;

/// <summary>The school's accreditation at a glance: each badge with its summary and award, and the Mark. SchoolId for staff; a school user sees their own.</summary>
internal sealed record GetAccreditationHomeQuery(Guid? SchoolId) : IQuery<AccreditationHomeDto>;

/// <summary>The co-ordinator starts the summary for a badge; one open summary per badge, none while the badge is held and not yet due for renewal.</summary>
internal sealed record StartSummaryCommand(Guid? SchoolId, string StrandKey) : ICommand<Guid>;

internal sealed record GetSummaryQuery(Guid SummaryId) : IQuery<SummaryDetailsDto>;

/// <summary>Saves the school's own words as they go. Version is the row version read, so a stale save is a conflict.</summary>
internal sealed record SaveSummaryCommand(Guid SummaryId, uint Version, string ActionsTaken, string OutcomesAchieved, string PupilVoice) : ICommand<uint>;

internal sealed record AddSummaryDocumentCommand(Guid SummaryId, string FileName, byte[] Content) : ICommand<Guid>;

internal sealed record RemoveSummaryDocumentCommand(Guid SummaryId, Guid FileId) : ICommand<Unit>;

/// <summary>Sends the summary for the desk check, if nothing in the readiness check blocks it. Freezes a version.</summary>
internal sealed record SendSummaryCommand(Guid SummaryId, uint Version) : ICommand<int>;

/// <summary>The school answers the team (after a return, a "not yet" or an award).</summary>
internal sealed record RespondToSummaryCommand(Guid SummaryId, string Text) : ICommand<Unit>;
