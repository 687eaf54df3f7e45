using EqualityMark.Shared.Messaging;

namespace EqualityMark.Accreditation.Features.Rules;

/// <summary>
/// The authority's award rules as the page and the API show them. Each "number" applies only when its choice says so:
/// AllBadges false → BadgesForMark; WithinWindow → MarkWindowYears; BadgesExpire → BadgeValidityYears; MarkExpires → MarkValidityYears.
/// Version is 0 while the authority still uses the defaults.
/// </summary>
internal sealed record AwardRulesDto(
    uint Version,
    bool AllBadges,
    int? BadgesForMark,
    bool WithinWindow,
    int? MarkWindowYears,
    bool BadgesExpire,
    int? BadgeValidityYears,
    bool MarkExpires,
    int? MarkValidityYears,
    int RenewalOpensMonthsBefore,
    int BadgesInFramework,
    IReadOnlyList<string> Wording,
    bool IsDefault,
    string UpdatedBy,
    DateTimeOffset? UpdatedAt,
    bool CanEdit);

internal sealed record GetAwardRulesQuery : IQuery<AwardRulesDto>;

internal sealed record UpdateAwardRulesCommand(
    uint? Version,
    bool? AllBadges,
    int? BadgesForMark,
    bool? WithinWindow,
    int? MarkWindowYears,
    bool? BadgesExpire,
    int? BadgeValidityYears,
    bool? MarkExpires,
    int? MarkValidityYears,
    int? RenewalOpensMonthsBefore) : ICommand<AwardRulesDto>;
