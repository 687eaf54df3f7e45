using EqualityMark.Accreditation.Contracts;
using EqualityMark.Events.Contracts;

namespace EqualityMark.Events.Features.Visits;

public sealed record VisitDto(
    Guid Id, Guid SchoolId, string SchoolName, VisitKind Kind, VisitStatus Status, string Focus, IReadOnlyList<string> BadgesToVerify,
    string ProposedDates, Guid? AdvisorId, string? AdvisorName, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, DateTimeOffset RequestedAt);

/// <summary>A visit with its pre-visit checklist, agenda and summaries to verify (accreditation visits) and the record's trail.</summary>
public sealed record VisitDetailsDto(
    VisitDto Visit, IReadOnlyList<ChecklistItemDto> Checklist, IReadOnlyList<string> Agenda, IReadOnlyList<SummaryToVerifyDto> SummariesToVerify,
    IReadOnlyList<VisitRecordEntryDto> Record);

public sealed record ChecklistItemDto(string Text, bool Done);

public sealed record VisitRecordEntryDto(string Kind, string Author, string Text, DateTimeOffset WrittenAt);

public sealed record AvailabilityDto(Guid Id, Guid AdvisorId, string AdvisorName, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
