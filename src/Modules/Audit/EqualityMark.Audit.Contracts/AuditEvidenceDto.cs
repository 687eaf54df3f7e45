namespace EqualityMark.Audit.Contracts;

/// <summary>What the evidence pack shows of a school's audit. Grid is null when the school has no audit yet.</summary>
public sealed record AuditEvidenceDto(
    SummaryGridDto? Grid,
    SummaryGridDto? PreviousGrid,
    IReadOnlyList<InspectionJudgementEvidenceDto> ByInspectionJudgement,
    ReferenceGroupEvidenceDto ReferenceGroup);

/// <summary>One inspection judgement and the elements of practice that inform it.</summary>
public sealed record InspectionJudgementEvidenceDto(string Name, IReadOnlyList<ElementEvidenceDto> Elements);

/// <summary>An element's judgements: how many of each rating, and each one made with its commentary.</summary>
public sealed record ElementEvidenceDto(string Name, int Red, int Amber, int Green, int NotAssessed, IReadOnlyList<JudgementEvidenceDto> Judgements);

public sealed record JudgementEvidenceDto(string Statement, string StrandName, Rating Rating, string Commentary);

public sealed record ReferenceGroupEvidenceDto(
    string MeetingFrequency,
    IReadOnlyList<ReferenceGroupMemberEvidenceDto> Members,
    IReadOnlyList<ReferenceGroupMeetingEvidenceDto> Meetings);

public sealed record ReferenceGroupMemberEvidenceDto(string FullName, string Category);

public sealed record ReferenceGroupMeetingEvidenceDto(DateOnly HeldOn, string Attendees, string Notes);
