namespace EqualityMark.Accreditation.Features.Rules;

/// <summary>The award rules form: a radio choice for each rule, with the number it reveals.</summary>
public sealed class RulesInput
{
    public uint Version { get; set; }

    public bool? AllBadges { get; set; }

    public int? BadgesForMark { get; set; }

    public bool? WithinWindow { get; set; }

    public int? MarkWindowYears { get; set; }

    public bool? BadgesExpire { get; set; }

    public int? BadgeValidityYears { get; set; }

    public bool? MarkExpires { get; set; }

    public int? MarkValidityYears { get; set; }

    public int? RenewalOpensMonthsBefore { get; set; }

    internal UpdateAwardRulesCommand ToCommand() => new(
        Version, AllBadges, BadgesForMark, WithinWindow, MarkWindowYears, BadgesExpire, BadgeValidityYears, MarkExpires, MarkValidityYears, RenewalOpensMonthsBefore);

    internal static RulesInput From(AwardRulesDto rules) => new()
    {
        Version = rules.Version,
        AllBadges = rules.AllBadges,
        BadgesForMark = rules.BadgesForMark,
        WithinWindow = rules.WithinWindow,
        MarkWindowYears = rules.MarkWindowYears,
        BadgesExpire = rules.BadgesExpire,
        BadgeValidityYears = rules.BadgeValidityYears,
        MarkExpires = rules.MarkExpires,
        MarkValidityYears = rules.MarkValidityYears,
        RenewalOpensMonthsBefore = rules.RenewalOpensMonthsBefore,
    };
}
