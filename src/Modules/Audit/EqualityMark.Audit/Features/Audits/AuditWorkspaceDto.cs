using EqualityMark.Audit.Domain;

namespace EqualityMark.Audit.Features.Audits;

/// <summary>What the current user sees of an audit: the items of the parts they may see, with their judgements.</summary>
public sealed record AuditWorkspaceDto(
    AuditSummaryDto Audit,
    bool IsCoordinator,
    FrameworkContent Framework,
    IReadOnlyList<ItemJudgementsDto> Items,
    IReadOnlyList<DelegationDto> OwnDelegations,
    IReadOnlyList<ProgressDto> ElementProgress,
    IReadOnlyList<ProgressDto> StrandProgress);

/// <summary>How many of the judgements of one element or strand (that the user can see) have been made.</summary>
public sealed record ProgressDto(string Key, string Name, int Assessed, int Total);

public sealed record ItemJudgementsDto(ItemDefinition Item, IReadOnlyList<JudgementDto> Judgements);

public sealed record DelegationDto(Guid Id, Guid UserId, string UserName, string? ElementKey, string? StrandKey, DateTimeOffset? CompletedAt, string Part);
