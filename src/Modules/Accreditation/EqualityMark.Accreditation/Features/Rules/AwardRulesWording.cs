using System.Globalization;
using EqualityMark.Accreditation.Domain;

namespace EqualityMark.Accreditation.Features.Rules;

/// <summary>The award rules in the words a school and the team use, e.g. "All 6 badges within 3 years".</summary>
internal static class AwardRulesWording
{
    public static IReadOnlyList<string> For(AwardRules rules, int badgesInFramework) =>
    [
        Mark(rules, badgesInFramework),
        rules.BadgeValidityYears is { } badgeYears ? $"Each badge is valid for {Years(badgeYears)}" : "Badges never expire",
        rules.MarkValidityYears is { } markYears ? $"The Mark is valid for {Years(markYears)}" : "The Mark never expires",
        Renewal(rules),
    ];

    public static string Years(int years) => years == 1 ? "1 year" : $"{years.ToString(CultureInfo.InvariantCulture)} years";

    private static string Mark(AwardRules rules, int badgesInFramework)
    {
        var needed = rules.BadgesNeeded(badgesInFramework);
        var total = badgesInFramework.ToString(CultureInfo.InvariantCulture);
        var badges = needed == badgesInFramework
            ? $"All {total} badges"
            : $"{needed.ToString(CultureInfo.InvariantCulture)} of the {total} badges";
        return rules.MarkWindowYears is { } window ? $"{badges} within {Years(window)}" : $"{badges}, with no time limit";
    }

    private static string Renewal(AwardRules rules) => rules switch
    {
        { BadgeValidityYears: null } => "Badges never need renewing",
        { RenewalOpensMonthsBefore: 0 } => "A school may start a new summary for a badge once it has expired",
        { RenewalOpensMonthsBefore: 1 } => "A school may start a new summary for a badge 1 month before it expires",
        _ => $"A school may start a new summary for a badge {rules.RenewalOpensMonthsBefore.ToString(CultureInfo.InvariantCulture)} months before it expires",
    };
}
